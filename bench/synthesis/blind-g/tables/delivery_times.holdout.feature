Feature: Typical delivery time

  Scenario Outline: typical time of a set of deliveries
    Given the delivery times "<times>" in minutes
    When the typical delivery time is worked out
    Then the typical time is <typical> minutes

    Examples:
      | times                  | typical |
      | 45, 15, 30, 90         | 37.5    |
      | 7, 3, 9                | 7       |
      | 100, 50                | 75      |
      | 14, 11, 19, 12, 16, 30 | 15      |
      | 1, 2, 3, 4, 1000       | 3       |
      | 33                     | 33      |
