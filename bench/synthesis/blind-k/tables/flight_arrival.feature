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
      | 09:15   | 02:30    | 0     | 11:45    |
      | 22:40   | 07:35    | 1     | 07:15 +1 |
      | 13:00   | 08:00    | -5    | 16:00    |
      | 23:30   | 00:45    | 0     | 00:15 +1 |
      | 07:00   | 01:30    | -1    | 07:30    |
      | 18:20   | 11:40    | 8     | 14:00 +1 |
      | 06:10   | 02:00    | -7    | 01:10    |
      | 21:00   | 03:00    | 0     | 00:00 +1 |
      | 00:30   | 01:00    | -3    | 22:30 -1 |
