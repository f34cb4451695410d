Feature: Salon appointment reminders

  Scenario Outline: reminder text
    Given "<client>" is booked on "<date>" at "<time>"
    When the reminder is sent
    Then the message says "<message>"

    Examples:
      | client       | date       | time  | message                                              |
      | Ana Lopez    | 2026-07-07 | 14:30 | Hi Ana, see you on Tuesday 7 July at 14:30.          |
      | Ben Carter   | 2026-07-11 | 09:00 | Hi Ben, see you on Saturday 11 July at 09:00.        |
      | Chloe Martin | 2026-12-25 | 10:15 | Hi Chloe, see you on Friday 25 December at 10:15.    |
      | David Osei   | 2027-01-01 | 16:45 | Hi David, see you on Friday 1 January at 16:45.      |
      | Emma Walsh   | 2026-09-30 | 11:00 | Hi Emma, see you on Wednesday 30 September at 11:00. |
      | Farid Khan   | 2026-03-16 | 08:30 | Hi Farid, see you on Monday 16 March at 08:30.       |
      | Grace Kim    | 2026-02-08 | 13:00 | Hi Grace, see you on Sunday 8 February at 13:00.     |
      | Hugo Silva   | 2026-10-21 | 17:20 | Hi Hugo, see you on Wednesday 21 October at 17:20.   |
