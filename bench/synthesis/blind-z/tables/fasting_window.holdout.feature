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
      | 18:45     | 13    | 07:45 | yes      |
      | 00:30     | 20    | 20:30 | no       |
      | 10:20     | 14    | 00:20 | yes      |
      | 23:55     | 15    | 14:55 | yes      |
      | 05:05     | 18    | 23:05 | no       |
      | 16:40     | 22    | 14:40 | yes      |
