Feature: Sleep diary

  Scenario Outline: how long a night's sleep lasted
    Given going to bed at "<bed>"
    And waking up at "<wake>"
    When the night is measured
    Then the sleep lasted "<slept>"

    Examples:
      | bed   | wake  | slept |
      | 22:15 | 05:45 | 7:30  |
      | 02:00 | 10:20 | 8:20  |
      | 23:30 | 08:00 | 8:30  |
      | 20:45 | 04:50 | 8:05  |
      | 00:00 | 06:00 | 6:00  |
