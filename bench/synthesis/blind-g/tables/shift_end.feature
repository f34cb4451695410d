Feature: Night and day shifts

  Scenario Outline: end of a shift
    Given a shift starting at "<start>"
    And lasting <hours> hours and <minutes> minutes
    When the shift is planned
    Then the shift ends at "<end>"

    Examples:
      | start | hours | minutes | end   |
      | 09:00 | 8     | 0       | 17:00 |
      | 22:30 | 8     | 15      | 06:45 |
      | 06:45 | 0     | 30      | 07:15 |
      | 23:59 | 0     | 1       | 00:00 |
      | 00:00 | 12    | 0       | 12:00 |
      | 14:50 | 2     | 20      | 17:10 |
      | 18:00 | 6     | 0       | 00:00 |
      | 20:15 | 10    | 45      | 07:00 |
