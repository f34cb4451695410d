Feature: Tide times
  The next high tide comes 12 hours and 25 minutes after the last one.

  Scenario Outline: predicting the next high tide
    Given a high tide at "<time>"
    When the next high tide is predicted
    Then the next high tide is at "<next>"
    And it falls on the following day: <next_day>

    Examples:
      | time  | next  | next_day |
      | 03:20 | 15:45 | no       |
      | 08:47 | 21:12 | no       |
      | 11:00 | 23:25 | no       |
      | 12:00 | 00:25 | yes      |
      | 16:58 | 05:23 | yes      |
      | 20:36 | 09:01 | yes      |
