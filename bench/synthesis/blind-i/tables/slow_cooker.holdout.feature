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
      | 06:40 | 9     | 20      | 16:00 | no       |
      | 18:15 | 5     | 45      | 00:00 | yes      |
      | 21:00 | 12    | 0       | 09:00 | yes      |
      | 11:11 | 1     | 49      | 13:00 | no       |
      | 17:30 | 6     | 29      | 23:59 | no       |
      | 13:05 | 11    | 0       | 00:05 | yes      |
