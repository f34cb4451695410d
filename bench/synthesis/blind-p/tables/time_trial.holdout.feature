Feature: Cycling time trial
  Riders set off one minute apart in number order, rider 1 at the first start time. A ride time
  runs from the rider's own start to their finish and is shown in minutes and seconds.

  Scenario Outline: timing a rider
    Given the first rider sets off at "<first>"
    And rider number <rider> finishes at "<finish>"
    When the result sheet is filled in
    Then the rider started at "<start>"
    And the ride took "<ride>"

    Examples:
      | first | rider | finish   | start | ride  |
      | 10:00 | 30    | 10:52:12 | 10:29 | 23:12 |
      | 14:20 | 41    | 15:30:00 | 15:00 | 30:00 |
      | 06:45 | 16    | 07:08:09 | 07:00 | 8:09  |
      | 09:00 | 100   | 11:05:45 | 10:39 | 26:45 |
      | 12:30 | 1     | 13:45:30 | 12:30 | 75:30 |
      | 16:58 | 4     | 17:31:03 | 17:01 | 30:03 |
