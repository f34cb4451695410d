Feature: Calendar

  Scenario Outline: when a meeting ends
    Given a meeting starting at "<start>"
    And lasting <minutes> minutes
    When the end time is worked out
    Then the meeting ends at "<end>"

    Examples:
      | start | minutes | end   |
      | 10:20 | 50      | 11:10 |
      | 07:45 | 15      | 08:00 |
      | 23:50 | 20      | 00:10 |
      | 14:30 | 600     | 00:30 |
      | 12:00 | 59      | 12:59 |
