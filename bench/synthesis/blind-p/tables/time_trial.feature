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
      | 10:00 | 1     | 10:25:40 | 10:00 | 25:40 |
      | 10:00 | 2     | 10:25:40 | 10:01 | 24:40 |
      | 10:00 | 15    | 10:41:07 | 10:14 | 27:07 |
      | 09:30 | 40    | 10:31:59 | 10:09 | 22:59 |
      | 13:45 | 16    | 14:28:02 | 14:00 | 28:02 |
      | 07:50 | 60    | 09:01:30 | 08:49 | 12:30 |
      | 11:00 | 3     | 11:11:58 | 11:02 | 9:58  |
      | 18:00 | 5     | 19:04:00 | 18:04 | 60:00 |
      | 08:15 | 9     | 09:36:21 | 08:23 | 73:21 |
