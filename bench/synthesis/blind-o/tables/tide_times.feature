Feature: Tide times
  The next high tide comes 12 hours and 25 minutes after the last one.

  Scenario Outline: predicting the next high tide
    Given a high tide at "<time>"
    When the next high tide is predicted
    Then the next high tide is at "<next>"
    And it falls on the following day: <next_day>

    Examples:
      | time  | next  | next_day |
      | 00:00 | 12:25 | no       |
      | 06:10 | 18:35 | no       |
      | 09:50 | 22:15 | no       |
      | 11:34 | 23:59 | no       |
      | 11:35 | 00:00 | yes      |
      | 11:40 | 00:05 | yes      |
      | 14:05 | 02:30 | yes      |
      | 17:45 | 06:10 | yes      |
      | 23:59 | 12:24 | yes      |
