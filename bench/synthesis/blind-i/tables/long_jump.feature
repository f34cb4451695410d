Feature: Long jump results

  Scenario Outline: recording an athlete's result
    Given the athlete's jumps were "<jumps>"
    When the result is recorded
    Then the best mark is "<best>"

    Examples:
      | jumps            | best    |
      | 6.12, 6.30, 5.98 | 6.30    |
      | X, 6.45, 6.40    | 6.45    |
      | 7.02, X, X       | 7.02    |
      | X, X, X          | no mark |
      | 5.50, 5.50, 5.49 | 5.50    |
      | X, 5.81, X       | 5.81    |
      | 4.90, 5.10, 5.05 | 5.10    |
      | 6.99, 7.00, X    | 7.00    |
