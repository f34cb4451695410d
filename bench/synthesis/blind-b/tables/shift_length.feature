Feature: Shift lengths

  Scenario Outline: how long a shift lasts
    Given a shift starting at "<start>"
    And the shift ends at "<end>"
    When the timesheet is filled in
    Then the shift lasts <hours> hours and <minutes> minutes

    Examples:
      | start | end   | hours | minutes |
      | 09:00 | 17:00 | 8     | 0       |
      | 09:30 | 17:15 | 7     | 45      |
      | 06:45 | 15:05 | 8     | 20      |
      | 12:10 | 12:50 | 0     | 40      |
      | 22:00 | 06:00 | 8     | 0       |
      | 23:30 | 07:15 | 7     | 45      |
