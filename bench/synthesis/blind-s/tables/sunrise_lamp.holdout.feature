Feature: Sunrise lamp
  The lamp starts to brighten before the alarm, earlier by the length of the fade.

  Scenario Outline: when the lamp starts glowing
    Given the alarm is set for "<alarm>"
    And the fade lasts <fade> minutes
    When the lamp's start time is worked out
    Then the lamp starts at "<start>"

    Examples:
      | alarm | fade | start |
      | 06:40 | 25   | 06:15 |
      | 09:30 | 90   | 08:00 |
      | 04:50 | 55   | 03:55 |
      | 10:13 | 45   | 09:28 |
      | 00:05 | 10   | 23:55 |
      | 00:45 | 60   | 23:45 |
