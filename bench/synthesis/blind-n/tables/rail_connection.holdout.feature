Feature: Rail connection

  Scenario Outline: time to change trains
    Given my train arrives at "<arrive>"
    And the connecting train leaves at "<leave>"
    When I plan the change
    Then I have <minutes> minutes to change
    And I can make it: <ok>

    Examples:
      | arrive | leave | minutes | ok  |
      | 09:40  | 09:46 | 6       | yes |
      | 17:28  | 17:32 | 4       | no  |
      | 21:15  | 21:59 | 44      | yes |
      | 23:50  | 00:05 | 15      | yes |
      | 07:57  | 08:00 | 3       | no  |
      | 11:05  | 12:50 | 105     | yes |
