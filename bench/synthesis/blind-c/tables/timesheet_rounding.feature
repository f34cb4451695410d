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
      | 08:58 | 17:03 | 09:00      | 17:00       | 8.00  |
      | 09:07 | 12:53 | 09:00      | 13:00       | 4.00  |
      | 09:08 | 17:22 | 09:15      | 17:15       | 8.00  |
      | 07:52 | 16:38 | 07:45      | 16:45       | 9.00  |
      | 10:00 | 14:10 | 10:00      | 14:15       | 4.25  |
      | 13:23 | 18:44 | 13:30      | 18:45       | 5.25  |
