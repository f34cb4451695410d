Feature: Calendar

  Scenario Outline: when a meeting ends
    Given a meeting starting at "<start>"
    And lasting <minutes> minutes
    When the end time is worked out
    Then the meeting ends at "<end>"

    Examples:
      | start | minutes | end   |
      | 09:00 | 30      | 09:30 |
      | 09:30 | 45      | 10:15 |
      | 13:50 | 10      | 14:00 |
      | 11:15 | 120     | 13:15 |
      | 23:30 | 90      | 01:00 |
      | 08:05 | 5       | 08:10 |
      | 16:40 | 135     | 18:55 |
      | 22:00 | 120     | 00:00 |
