Feature: Time on the ice

  Scenario Outline: timing a skating session
    Given the skater came on the ice at "<on>"
    And left the ice at "<off>"
    When the session is timed
    Then the time on the ice is "<duration>"

    Examples:
      | on    | off   | duration   |
      | 11:20 | 12:20 | 1 h        |
      | 17:35 | 18:10 | 35 min     |
      | 08:55 | 10:05 | 1 h 10 min |
      | 15:10 | 17:10 | 2 h        |
      | 20:15 | 22:16 | 2 h 1 min  |
      | 09:58 | 10:00 | 2 min      |
