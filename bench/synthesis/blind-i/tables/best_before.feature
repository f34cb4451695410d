Feature: Best before dates on milk

  Scenario Outline: printing the best before date
    Given the milk was bottled on "<bottled>"
    And it keeps for <days> days
    When the label is printed
    Then the best before date is "<best_before>"

    Examples:
      | bottled    | days | best_before |
      | 2026-03-14 | 7    | 2026-03-21  |
      | 2026-03-28 | 7    | 2026-04-04  |
      | 2026-01-25 | 10   | 2026-02-04  |
      | 2026-12-29 | 5    | 2027-01-03  |
      | 2028-02-25 | 5    | 2028-03-01  |
      | 2026-02-25 | 5    | 2026-03-02  |
      | 2026-06-30 | 1    | 2026-07-01  |
      | 2026-05-10 | 14   | 2026-05-24  |
      | 2026-08-20 | 21   | 2026-09-10  |
