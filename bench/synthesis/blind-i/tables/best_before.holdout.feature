Feature: Best before dates on milk

  Scenario Outline: printing the best before date
    Given the milk was bottled on "<bottled>"
    And it keeps for <days> days
    When the label is printed
    Then the best before date is "<best_before>"

    Examples:
      | bottled    | days | best_before |
      | 2027-02-26 | 3    | 2027-03-01  |
      | 2024-02-27 | 3    | 2024-03-01  |
      | 2026-10-27 | 7    | 2026-11-03  |
      | 2026-12-31 | 14   | 2027-01-14  |
      | 2026-04-30 | 10   | 2026-05-10  |
      | 2026-07-15 | 30   | 2026-08-14  |
