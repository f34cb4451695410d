Feature: Karting heat

  Scenario Outline: best lap and spread of three laps
    Given lap times of <first>, <second> and <third> seconds
    When the heat is over
    Then the best lap is <best> seconds
    And the laps are <spread> seconds apart

    Examples:
      | first | second | third | best  | spread |
      | 61.20 | 59.85  | 60.40 | 59.85 | 1.35   |
      | 45.00 | 45.00  | 45.00 | 45.00 | 0.00   |
      | 50.10 | 52.30  | 49.95 | 49.95 | 2.35   |
      | 58.75 | 57.00  | 62.10 | 57.00 | 5.10   |
      | 70.00 | 69.99  | 70.01 | 69.99 | 0.02   |
      | 55.50 | 56.25  | 55.75 | 55.50 | 0.75   |
      | 48.30 | 49.00  | 47.80 | 47.80 | 1.20   |
