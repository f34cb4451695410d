Feature: Sleep diary

  Scenario Outline: how long a night's sleep lasted
    Given going to bed at "<bed>"
    And waking up at "<wake>"
    When the night is measured
    Then the sleep lasted "<slept>"

    Examples:
      | bed   | wake  | slept |
      | 23:00 | 07:00 | 8:00  |
      | 22:30 | 06:15 | 7:45  |
      | 00:30 | 08:00 | 7:30  |
      | 23:45 | 00:15 | 0:30  |
      | 01:10 | 09:05 | 7:55  |
      | 21:00 | 09:30 | 12:30 |
      | 23:59 | 07:00 | 7:01  |
