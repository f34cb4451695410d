Feature: Slow cooker ready time
  The cooker's app shows when a dish will be ready: the start time plus the
  cooking time, on a 24-hour clock. When that falls after midnight (midnight
  itself included) the app also says the dish is ready the next day.

  Scenario Outline: setting the timer
    Given the cooker starts at "<start>"
    And the recipe cooks for <hours> hours and <minutes> minutes
    When the timer is set
    Then the dish is ready at "<ready>"
    And the next day warning is <next_day>

    Examples:
      | start | hours | minutes | ready | next_day |
      | 08:00 | 6     | 0       | 14:00 | no       |
      | 09:30 | 4     | 45      | 14:15 | no       |
      | 14:20 | 8     | 30      | 22:50 | no       |
      | 16:00 | 8     | 0       | 00:00 | yes      |
      | 15:59 | 8     | 0       | 23:59 | no       |
      | 22:30 | 3     | 10      | 01:40 | yes      |
      | 19:45 | 10    | 15      | 06:00 | yes      |
      | 07:05 | 2     | 55      | 10:00 | no       |
      | 23:50 | 0     | 20      | 00:10 | yes      |
