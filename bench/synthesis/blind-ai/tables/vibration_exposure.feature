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
      | 5.0       | 2     | 100    | action |
      | 4.9       | 2     | 96     | fine   |
      | 10.0      | 2     | 400    | limit  |
      | 9.9       | 2     | 392    | action |
      | 3.5       | 1.5   | 36     | fine   |
      | 12.0      | 4     | 1152   | limit  |
      | 7.5       | 0.5   | 56     | fine   |
      | 6.2       | 3     | 230    | action |
      | 2.5       | 8     | 100    | action |
