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
      | 10:00 | Tuesday   | 60      | no  | yes     |
      | 09:45 | Saturday  | 30      | no  | no      |
      | 19:30 | Friday    | 90      | no  | yes     |
      | 19:31 | Friday    | 90      | no  | no      |
      | 14:00 | Wednesday | 91      | no  | no      |
      | 12:15 | Saturday  | 45      | yes | yes     |
      | 12:15 | Thursday  | 45      | yes | no      |
      | 20:30 | Sunday    | 30      | yes | yes     |
      | 16:00 | Monday    | 90      | no  | yes     |
