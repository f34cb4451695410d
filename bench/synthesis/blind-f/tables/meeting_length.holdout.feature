Feature: Meeting length in the calendar

  Scenario Outline: length of a meeting
    Given a meeting from "<start>" to "<end>"
    When the length is worked out
    Then the meeting lasts <minutes> minutes
    And the calendar shows "<label>"

    Examples:
      | start | end   | minutes | label      |
      | 15:15 | 16:00 | 45      | 45 min     |
      | 09:45 | 12:00 | 135     | 2 h 15 min |
      | 16:00 | 18:00 | 120     | 2 h        |
      | 12:55 | 13:01 | 6       | 6 min      |
      | 08:30 | 17:30 | 540     | 9 h        |
