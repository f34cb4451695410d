Feature: Timesheet rounding
  Clock times are rounded to the nearest quarter hour: up to 7 minutes past a
  quarter rounds down, 8 minutes or more rounds up. Paid hours are the time
  between the rounded clock-in and clock-out times, in hours with two
  decimals.

  Scenario Outline: a day's timesheet
    Given a clock-in time of "<in>"
    And a clock-out time of "<out>"
    When the timesheet is rounded
    Then the rounded clock-in is "<rounded_in>"
    And the rounded clock-out is "<rounded_out>"
    And the paid hours are <hours>

    Examples:
      | in    | out   | rounded_in | rounded_out | hours |
      | 06:37 | 11:53 | 06:30      | 12:00       | 5.50  |
      | 08:15 | 16:30 | 08:15      | 16:30       | 8.25  |
      | 11:46 | 15:29 | 11:45      | 15:30       | 3.75  |
      | 09:52 | 18:07 | 09:45      | 18:00       | 8.25  |
