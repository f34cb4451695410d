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
      | 09:00 | 90      | no    | 90    | 10:30  |
      | 09:00 | 90      | yes   | 113   | 10:53  |
      | 13:30 | 60      | yes   | 75    | 14:45  |
      | 13:30 | 60      | no    | 60    | 14:30  |
      | 09:15 | 45      | yes   | 57    | 10:12  |
      | 14:00 | 135     | yes   | 169   | 16:49  |
      | 10:45 | 75      | yes   | 94    | 12:19  |
      | 16:20 | 100     | no    | 100   | 18:00  |
      | 11:50 | 121     | yes   | 152   | 14:22  |
