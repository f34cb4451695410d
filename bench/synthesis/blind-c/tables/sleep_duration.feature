Feature: Sleep log

  Scenario Outline: logging a night's sleep
    Given I went to bed at "<bed>"
    And I woke up at "<woke>"
    When the night is logged
    Then I slept "<slept>"
    And I am well rested: <rested>

    Examples:
      | bed   | woke  | slept      | rested |
      | 23:30 | 07:15 | 7 h 45 min | yes    |
      | 01:00 | 06:30 | 5 h 30 min | no     |
      | 22:00 | 06:00 | 8 h 0 min  | yes    |
      | 00:15 | 07:00 | 6 h 45 min | no     |
      | 21:45 | 05:15 | 7 h 30 min | yes    |
      | 23:50 | 07:05 | 7 h 15 min | no     |
      | 02:00 | 11:00 | 9 h 0 min  | yes    |
