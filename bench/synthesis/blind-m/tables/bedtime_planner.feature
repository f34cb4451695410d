Feature: Sleep app bedtime

  Scenario Outline: suggesting a bedtime
    Given I need to wake up at "<wake>"
    And I want <hours> hours and <minutes> minutes of sleep
    When the app suggests a bedtime
    Then I should go to bed at "<bedtime>"
    And the app marks it as "<day>"

    Examples:
      | wake  | hours | minutes | bedtime | day            |
      | 06:30 | 8     | 0       | 22:30   | the day before |
      | 07:00 | 7     | 30      | 23:30   | the day before |
      | 07:30 | 7     | 30      | 00:00   | the same day   |
      | 09:15 | 8     | 45      | 00:30   | the same day   |
      | 05:45 | 6     | 15      | 23:30   | the day before |
      | 10:00 | 9     | 0       | 01:00   | the same day   |
      | 06:00 | 10    | 0       | 20:00   | the day before |
      | 08:20 | 8     | 25      | 23:55   | the day before |
      | 12:00 | 7     | 0       | 05:00   | the same day   |
