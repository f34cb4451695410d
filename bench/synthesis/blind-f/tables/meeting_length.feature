Feature: Meeting length in the calendar

  Scenario Outline: length of a meeting
    Given a meeting from "<start>" to "<end>"
    When the length is worked out
    Then the meeting lasts <minutes> minutes
    And the calendar shows "<label>"

    Examples:
      | start | end   | minutes | label      |
      | 09:00 | 10:00 | 60      | 1 h        |
      | 09:30 | 11:15 | 105     | 1 h 45 min |
      | 14:00 | 14:45 | 45      | 45 min     |
      | 08:00 | 12:00 | 240     | 4 h        |
      | 13:50 | 14:05 | 15      | 15 min     |
      | 10:00 | 10:00 | 0       | 0 min      |
      | 11:40 | 13:20 | 100     | 1 h 40 min |
      | 07:05 | 09:10 | 125     | 2 h 5 min  |
