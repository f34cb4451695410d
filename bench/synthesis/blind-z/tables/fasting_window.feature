Feature: Fasting window
  The app starts the fast when the last meal finishes and ends it the chosen number of hours
  later, shown on a 24-hour clock. It also says whether the fast ends on the next day.

  Scenario Outline: when the fast ends
    Given the last meal finished at "<last_meal>"
    And the plan is to fast for <hours> hours
    When the app starts the fast
    Then the fast ends at "<ends>"
    And it ends the next day: <next_day>

    Examples:
      | last_meal | hours | ends  | next_day |
      | 20:00     | 16    | 12:00 | yes      |
      | 19:30     | 14    | 09:30 | yes      |
      | 08:00     | 12    | 20:00 | no       |
      | 11:45     | 12    | 23:45 | no       |
      | 12:00     | 12    | 00:00 | yes      |
      | 21:15     | 18    | 15:15 | yes      |
      | 06:10     | 16    | 22:10 | no       |
      | 07:59     | 16    | 23:59 | no       |
      | 08:00     | 16    | 00:00 | yes      |
