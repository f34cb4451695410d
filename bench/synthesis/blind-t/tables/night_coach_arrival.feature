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
      | 22:40   | 455     | 06:15   | yes  |
      | 08:00   | 240     | 12:00   | no   |
      | 20:30   | 209     | 23:59   | no   |
      | 20:30   | 210     | 00:00   | yes  |
      | 23:55   | 10      | 00:05   | yes  |
      | 00:15   | 75      | 01:30   | no   |
      | 13:20   | 525     | 22:05   | no   |
      | 19:45   | 1300    | 17:25   | yes  |
      | 06:10   | 95      | 07:45   | no   |
