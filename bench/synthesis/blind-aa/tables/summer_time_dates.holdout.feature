Feature: Clock changes on the calendar
  The clocks go forward on the last Sunday in March and back on the last Sunday in
  October.

  Scenario Outline: marking the clock changes
    Given the calendar for <year>
    When the clock changes are marked
    Then the clocks go forward on "<forward>"
    And the clocks go back on "<back>"

    Examples:
      | year | forward    | back       |
      | 2012 | 2012-03-25 | 2012-10-28 |
      | 2015 | 2015-03-29 | 2015-10-25 |
      | 2019 | 2019-03-31 | 2019-10-27 |
      | 2021 | 2021-03-28 | 2021-10-31 |
      | 2033 | 2033-03-27 | 2033-10-30 |
      | 2040 | 2040-03-25 | 2040-10-28 |
