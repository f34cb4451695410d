Feature: Karting heat

  Scenario Outline: best lap and spread of three laps
    Given lap times of <first>, <second> and <third> seconds
    When the heat is over
    Then the best lap is <best> seconds
    And the laps are <spread> seconds apart

    Examples:
      | first | second | third | best  | spread |
      | 63.40 | 61.05  | 62.00 | 61.05 | 2.35   |
      | 48.20 | 47.90  | 49.15 | 47.90 | 1.25   |
      | 52.00 | 53.00  | 51.00 | 51.00 | 2.00   |
      | 66.66 | 66.60  | 66.70 | 66.60 | 0.10   |
      | 59.99 | 60.00  | 59.98 | 59.98 | 0.02   |
