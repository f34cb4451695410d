Feature: Night and day shifts

  Scenario Outline: end of a shift
    Given a shift starting at "<start>"
    And lasting <hours> hours and <minutes> minutes
    When the shift is planned
    Then the shift ends at "<end>"

    Examples:
      | start | hours | minutes | end   |
      | 21:40 | 9     | 30      | 07:10 |
      | 07:05 | 7     | 55      | 15:00 |
      | 23:00 | 1     | 0       | 00:00 |
      | 12:30 | 12    | 30      | 01:00 |
      | 05:10 | 0     | 50      | 06:00 |
      | 16:45 | 8     | 20      | 01:05 |
