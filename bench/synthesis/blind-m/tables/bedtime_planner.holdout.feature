Feature: Sleep app bedtime

  Scenario Outline: suggesting a bedtime
    Given I need to wake up at "<wake>"
    And I want <hours> hours and <minutes> minutes of sleep
    When the app suggests a bedtime
    Then I should go to bed at "<bedtime>"
    And the app marks it as "<day>"

    Examples:
      | wake  | hours | minutes | bedtime | day            |
      | 06:45 | 7     | 45      | 23:00   | the day before |
      | 08:00 | 8     | 0       | 00:00   | the same day   |
      | 04:30 | 5     | 30      | 23:00   | the day before |
      | 11:10 | 9     | 40      | 01:30   | the same day   |
      | 07:05 | 7     | 10      | 23:55   | the day before |
      | 09:00 | 8     | 59      | 00:01   | the same day   |
