Feature: Sprint heats summary

  Scenario Outline: summarising a runner's heats
    Given the three heat times were <first>, <second> and <third> seconds
    When the runner's times are summarised
    Then the best time is <best> seconds
    And the middle time is <middle> seconds

    Examples:
      | first | second | third | best  | middle |
      | 12.41 | 12.38  | 12.55 | 12.38 | 12.41  |
      | 11.90 | 12.10  | 12.00 | 11.90 | 12.00  |
      | 13.02 | 13.02  | 12.88 | 12.88 | 13.02  |
      | 10.99 | 11.00  | 11.01 | 10.99 | 11.00  |
      | 14.50 | 13.75  | 14.20 | 13.75 | 14.20  |
      | 12.00 | 12.00  | 12.00 | 12.00 | 12.00  |
      | 15.31 | 12.80  | 12.79 | 12.79 | 12.80  |
      | 11.45 | 11.62  | 11.45 | 11.45 | 11.45  |
