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
      | 18:20 | 2     | 200     | 23:40  | today    |
      | 22:00 | 0     | 120     | 00:00  | tomorrow |
      | 23:30 | 1     | 45      | 01:15  | tomorrow |
      | 10:10 | 3     | 75      | 14:25  | today    |
      | 20:00 | 9     | 150     | 07:30  | tomorrow |
      | 07:55 | 0     | 5       | 08:00  | today    |
