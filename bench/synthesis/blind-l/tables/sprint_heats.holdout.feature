Feature: Sprint heats summary

  Scenario Outline: summarising a runner's heats
    Given the three heat times were <first>, <second> and <third> seconds
    When the runner's times are summarised
    Then the best time is <best> seconds
    And the middle time is <middle> seconds

    Examples:
      | first | second | third | best  | middle |
      | 12.60 | 12.20  | 12.40 | 12.20 | 12.40  |
      | 13.10 | 14.05  | 13.55 | 13.10 | 13.55  |
      | 11.88 | 11.88  | 11.91 | 11.88 | 11.88  |
      | 10.75 | 10.80  | 10.70 | 10.70 | 10.75  |
      | 16.00 | 12.34  | 12.35 | 12.34 | 12.35  |
