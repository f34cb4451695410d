Feature: Roller rink tickets
  Sessions on Saturdays and Sundays, and weekday sessions starting at 17:00 or later, are
  peak. Peak tickets are 9.00 for adults and 6.50 for under-16s; off-peak tickets are 6.00
  for adults and 4.00 for under-16s.

  Scenario Outline: pricing a ticket at the door
    Given a skater aged <age>
    And a session on "<day>" starting at "<time>"
    When the ticket is priced
    Then the ticket costs <price>
    And the session is "<kind>"

    Examples:
      | age | day       | time  | price | kind     |
      | 30  | Monday    | 10:00 | 6.00  | off-peak |
      | 30  | Monday    | 17:00 | 9.00  | peak     |
      | 12  | Tuesday   | 16:59 | 4.00  | off-peak |
      | 12  | Friday    | 19:30 | 6.50  | peak     |
      | 15  | Saturday  | 10:00 | 6.50  | peak     |
      | 16  | Sunday    | 14:00 | 9.00  | peak     |
      | 16  | Wednesday | 11:30 | 6.00  | off-peak |
      | 8   | Thursday  | 18:15 | 6.50  | peak     |
      | 70  | Saturday  | 20:00 | 9.00  | peak     |
