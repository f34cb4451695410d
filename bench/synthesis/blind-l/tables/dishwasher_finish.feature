Feature: Dishwasher delayed start
  The dishwasher can delay its start by a whole number of hours. The display
  shows when the programme will finish, and "tomorrow" when that is at or after
  midnight.

  Scenario Outline: setting a delayed start
    Given it is "<now>"
    And the delay is <delay> hours
    And the programme lasts <minutes> minutes
    When the delayed start is set
    Then the dishwasher finishes at "<finish>"
    And the finish day is "<day>"

    Examples:
      | now   | delay | minutes | finish | day      |
      | 19:30 | 0     | 90      | 21:00  | today    |
      | 19:30 | 3     | 90      | 00:00  | tomorrow |
      | 22:15 | 2     | 170     | 03:05  | tomorrow |
      | 08:00 | 1     | 45      | 09:45  | today    |
      | 20:40 | 1     | 139     | 23:59  | today    |
      | 23:50 | 0     | 15      | 00:05  | tomorrow |
      | 13:05 | 4     | 220     | 20:45  | today    |
      | 21:00 | 6     | 180     | 06:00  | tomorrow |
      | 06:45 | 0     | 60      | 07:45  | today    |
