Feature: Vibration exposure
  A day on a vibrating tool is counted in exposure points: the vibration of
  the tool in metres per second squared, squared, times the hours of use,
  times 2, rounded down to a whole point. Below 100 points the day is
  "fine", from 100 it is "action" (breaks and job rotation), and from 400
  it is "limit": the tool is put down for the rest of the day.

  Scenario Outline: points for a day on the tool
    Given a tool that vibrates at <vibration> metres per second squared
    And it is used for <hours> hours
    When the exposure for the day is worked out
    Then the exposure is <points> points
    And the band is "<band>"

    Examples:
      | vibration | hours | points | band   |
      | 8.0       | 0.25  | 32     | fine   |
      | 5.5       | 4     | 242    | action |
      | 14.1      | 1.25  | 497    | limit  |
      | 4.0       | 3     | 96     | fine   |
      | 7.1       | 4     | 403    | limit  |
      | 3.0       | 6     | 108    | action |
