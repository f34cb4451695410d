Feature: Long jump results

  Scenario Outline: recording an athlete's result
    Given the athlete's jumps were "<jumps>"
    When the result is recorded
    Then the best mark is "<best>"

    Examples:
      | jumps            | best |
      | 5.75, X, 5.80    | 5.80 |
      | X, X, 4.20       | 4.20 |
      | 6.60, 6.55, 6.05 | 6.60 |
      | 3.95, 4.10, 4.00 | 4.10 |
      | X, 7.21, 7.30    | 7.30 |
