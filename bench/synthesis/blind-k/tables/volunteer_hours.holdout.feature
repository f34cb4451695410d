Feature: Community centre volunteer hours

  Scenario Outline: hours for the week
    Given the week's shifts were "<shift1>", "<shift2>" and "<shift3>"
    When the hours are totalled
    Then the kitchen has <kitchen> hours
    And the front desk has <desk> hours

    Examples:
      | shift1         | shift2         | shift3       | kitchen | desk |
      | front desk 2   | kitchen 3.5    | kitchen 1    | 4.5     | 2.0  |
      | kitchen 5      | kitchen 0.5    | kitchen 1.5  | 7.0     | 0.0  |
      | front desk 2.5 | front desk 2.5 | kitchen 7    | 7.0     | 5.0  |
      | front desk 1   | front desk 3   | front desk 4 | 0.0     | 8.0  |
      | kitchen 4.5    | front desk 0.5 | front desk 2 | 4.5     | 2.5  |
