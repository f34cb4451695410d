Feature: Sunrise lamp
  The lamp starts to brighten before the alarm, earlier by the length of the fade.

  Scenario Outline: when the lamp starts glowing
    Given the alarm is set for "<alarm>"
    And the fade lasts <fade> minutes
    When the lamp's start time is worked out
    Then the lamp starts at "<start>"

    Examples:
      | alarm | fade | start |
      | 07:00 | 30   | 06:30 |
      | 06:15 | 15   | 06:00 |
      | 06:10 | 20   | 05:50 |
      | 05:45 | 45   | 05:00 |
      | 08:05 | 90   | 06:35 |
      | 12:00 | 60   | 11:00 |
      | 00:30 | 30   | 00:00 |
      | 00:20 | 30   | 23:50 |
      | 01:00 | 75   | 23:45 |
