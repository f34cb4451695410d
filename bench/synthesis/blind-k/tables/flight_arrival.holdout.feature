Feature: Flight arrival times
  Times are local. The arrival is the departure time plus the flight time, moved by the
  number of hours the destination clock is ahead (a negative number means behind). If
  that is on the next day "+1" is added after the time, and "-1" if it is on the day
  before.

  Scenario Outline: local arrival time
    Given a flight leaves at "<departs>"
    And the flight takes "<duration>"
    And the destination clock is <ahead> hours ahead
    When the arrival time is shown
    Then the flight lands at "<lands>"

    Examples:
      | departs | duration | ahead | lands    |
      | 16:45   | 09:20    | 6     | 08:05 +1 |
      | 10:00   | 06:00    | -6    | 10:00    |
      | 23:55   | 00:05    | 0     | 00:00 +1 |
      | 01:15   | 02:00    | -4    | 23:15 -1 |
      | 12:00   | 11:59    | 0     | 23:59    |
      | 20:30   | 12:00    | 5     | 13:30 +1 |
