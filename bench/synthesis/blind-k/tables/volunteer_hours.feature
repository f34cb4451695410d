Feature: Community centre volunteer hours

  Scenario Outline: hours for the week
    Given the week's shifts were "<shift1>", "<shift2>" and "<shift3>"
    When the hours are totalled
    Then the kitchen has <kitchen> hours
    And the front desk has <desk> hours

    Examples:
      | shift1       | shift2         | shift3         | kitchen | desk |
      | kitchen 3    | front desk 2   | kitchen 1.5    | 4.5     | 2.0  |
      | front desk 4 | front desk 2.5 | kitchen 2      | 2.0     | 6.5  |
      | kitchen 2    | kitchen 2      | kitchen 2      | 6.0     | 0.0  |
      | front desk 1 | front desk 1.5 | front desk 0.5 | 0.0     | 3.0  |
      | kitchen 0.5  | front desk 3.5 | kitchen 4      | 4.5     | 3.5  |
      | front desk 6 | kitchen 2.5    | front desk 1.5 | 2.5     | 7.5  |
      | kitchen 1.5  | kitchen 2.5    | front desk 3   | 4.0     | 3.0  |
      | kitchen 8    | front desk 8   | front desk 8   | 8.0     | 16.0 |
