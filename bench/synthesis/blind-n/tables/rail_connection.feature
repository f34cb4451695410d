Feature: Rail connection

  Scenario Outline: time to change trains
    Given my train arrives at "<arrive>"
    And the connecting train leaves at "<leave>"
    When I plan the change
    Then I have <minutes> minutes to change
    And I can make it: <ok>

    Examples:
      | arrive | leave | minutes | ok  |
      | 10:52  | 11:03 | 11      | yes |
      | 10:52  | 10:57 | 5       | yes |
      | 10:52  | 10:56 | 4       | no  |
      | 08:00  | 08:45 | 45      | yes |
      | 23:55  | 00:10 | 15      | yes |
      | 23:58  | 00:02 | 4       | no  |
      | 14:30  | 14:33 | 3       | no  |
      | 06:10  | 07:05 | 55      | yes |
      | 12:00  | 13:30 | 90      | yes |
