Feature: Time on the ice

  Scenario Outline: timing a skating session
    Given the skater came on the ice at "<on>"
    And left the ice at "<off>"
    When the session is timed
    Then the time on the ice is "<duration>"

    Examples:
      | on    | off   | duration   |
      | 18:45 | 20:10 | 1 h 25 min |
      | 10:00 | 11:00 | 1 h        |
      | 14:30 | 15:05 | 35 min     |
      | 09:15 | 11:45 | 2 h 30 min |
      | 16:50 | 17:00 | 10 min     |
      | 12:00 | 15:00 | 3 h        |
      | 19:05 | 20:04 | 59 min     |
      | 13:40 | 14:41 | 1 h 1 min  |
