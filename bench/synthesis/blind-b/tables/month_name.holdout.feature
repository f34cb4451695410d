Feature: Statement dates

  Scenario Outline: short month names on statements
    Given a statement for month <month>
    When the statement header is printed
    Then the month is shown as "<name>"

    Examples:
      | month | name |
      | 4     | Apr  |
      | 7     | Jul  |
      | 9     | Sep  |
      | 11    | Nov  |
