Feature: High street busking
  Busking on the high street is allowed from 10:00, and a set must be over by 21:00. A set
  lasts at most 90 minutes. Amplifiers may only be used on Saturdays and Sundays.

  Scenario Outline: whether a set may go ahead
    Given a busker wants to start at "<start>" on a "<day>"
    And to play for <minutes> minutes
    And uses an amplifier: <amp>
    When the busking rules are checked
    Then the set is allowed: <allowed>

    Examples:
      | start | day       | minutes | amp | allowed |
      | 11:00 | Sunday    | 90      | yes | yes     |
      | 09:59 | Wednesday | 20      | no  | no      |
      | 20:00 | Tuesday   | 61      | no  | no      |
      | 15:30 | Friday    | 40      | yes | no      |
      | 18:00 | Saturday  | 120     | no  | no      |
      | 13:00 | Thursday  | 75      | no  | yes     |
