Feature: Statement dates

  Scenario Outline: short month names on statements
    Given a statement for month <month>
    When the statement header is printed
    Then the month is shown as "<name>"

    Examples:
      | month | name |
      | 1     | Jan  |
      | 2     | Feb  |
      | 3     | Mar  |
      | 6     | Jun  |
      | 10    | Oct  |
      | 12    | Dec  |
