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
      | Monday    | 09:15:00 | 09:18:30 | 4       | 0.63 |
      | Tuesday   | 07:59:30 | 08:10:00 | 11      | 0.70 |
      | Wednesday | 08:00:00 | 08:01:00 | 1       | 0.27 |
      | Thursday  | 17:59:59 | 18:20:00 | 21      | 2.67 |
      | Friday    | 18:00:00 | 18:45:10 | 46      | 2.45 |
      | Saturday  | 10:00:00 | 10:30:00 | 30      | 1.65 |
      | Sunday    | 14:20:05 | 14:20:50 | 1       | 0.20 |
      | Monday    | 12:00:00 | 13:02:01 | 63      | 7.71 |
      | Wednesday | 21:10:00 | 21:13:00 | 3       | 0.30 |
