Feature: Night coach arrival
  The arrival time is the departure time plus the journey in minutes, on a 24-hour clock.
  Journeys are always shorter than a day.

  Scenario Outline: when the coach gets in
    Given the coach leaves at "<departs>"
    And the journey takes <minutes> minutes
    When the arrival is worked out
    Then the coach arrives at "<arrives>"
    And it arrives the next day: <next>

    Examples:
      | departs | minutes | arrives | next |
      | 21:00   | 180     | 00:00   | yes  |
      | 23:10   | 405     | 05:55   | yes  |
      | 10:25   | 335     | 16:00   | no   |
      | 17:50   | 365     | 23:55   | no   |
      | 04:05   | 1200    | 00:05   | yes  |
      | 12:00   | 719     | 23:59   | no   |
