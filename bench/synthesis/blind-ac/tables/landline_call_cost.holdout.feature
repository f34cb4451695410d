Feature: Landline call charges
  Calls cost 12p a minute if they start between 08:00 and 18:00 on a weekday and 5p a
  minute at any other time. Every started minute is charged, and every call has a 15p
  connection charge.

  Scenario Outline: charging a call
    Given a call on a "<day>" from "<start>" to "<end>"
    When the call is charged
    Then the minutes charged are <minutes>
    And the call costs <cost>

    Examples:
      | day       | start    | end      | minutes | cost |
      | Thursday  | 11:45:20 | 11:52:20 | 7       | 0.99 |
      | Saturday  | 08:30:00 | 09:05:30 | 36      | 1.95 |
      | Friday    | 17:40:00 | 18:10:00 | 30      | 3.75 |
      | Tuesday   | 06:45:00 | 07:00:01 | 16      | 0.95 |
      | Sunday    | 19:00:00 | 20:00:00 | 60      | 3.15 |
      | Wednesday | 15:00:10 | 15:00:40 | 1       | 0.27 |
