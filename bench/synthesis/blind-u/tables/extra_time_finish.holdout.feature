Feature: Exam finish time with extra time
  A candidate with extra time gets a quarter of the paper's length on top, rounded up to a whole
  minute. Finish times are on the 24-hour clock.

  Scenario Outline: when the candidate finishes
    Given the paper starts at "<start>"
    And the paper lasts <minutes> minutes
    And the candidate has extra time: <extra>
    When the finish time is worked out
    Then the candidate writes for <total> minutes
    And the candidate finishes at "<finish>"

    Examples:
      | start | minutes | extra | total | finish |
      | 08:45 | 120     | yes   | 150   | 11:15  |
      | 12:10 | 50      | yes   | 63    | 13:13  |
      | 15:00 | 80      | no    | 80    | 16:20  |
      | 09:30 | 105     | yes   | 132   | 11:42  |
      | 13:05 | 30      | yes   | 38    | 13:43  |
      | 10:00 | 165     | yes   | 207   | 13:27  |
