Feature: Sleep log

  Scenario Outline: logging a night's sleep
    Given I went to bed at "<bed>"
    And I woke up at "<woke>"
    When the night is logged
    Then I slept "<slept>"
    And I am well rested: <rested>

    Examples:
      | bed   | woke  | slept      | rested |
      | 22:31 | 06:00 | 7 h 29 min | no     |
      | 20:00 | 08:00 | 12 h 0 min | yes    |
      | 00:00 | 07:30 | 7 h 30 min | yes    |
      | 23:59 | 00:59 | 1 h 0 min  | no     |
      | 03:10 | 10:45 | 7 h 35 min | yes    |
