Feature: Shift lengths

  Scenario Outline: how long a shift lasts
    Given a shift starting at "<start>"
    And the shift ends at "<end>"
    When the timesheet is filled in
    Then the shift lasts <hours> hours and <minutes> minutes

    Examples:
      | start | end   | hours | minutes |
      | 08:15 | 16:45 | 8     | 30      |
      | 13:00 | 21:40 | 8     | 40      |
      | 20:30 | 04:00 | 7     | 30      |
      | 10:05 | 10:55 | 0     | 50      |
