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
      | 40  | Thursday  | 09:30 | 6.00  | off-peak |
      | 15  | Monday    | 17:30 | 6.50  | peak     |
      | 5   | Sunday    | 10:30 | 6.50  | peak     |
      | 16  | Friday    | 16:45 | 6.00  | off-peak |
      | 22  | Wednesday | 21:00 | 9.00  | peak     |
      | 11  | Wednesday | 13:00 | 4.00  | off-peak |
