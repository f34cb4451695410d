Feature: Salon appointment reminders

  Scenario Outline: reminder text
    Given "<client>" is booked on "<date>" at "<time>"
    When the reminder is sent
    Then the message says "<message>"

    Examples:
      | client     | date       | time  | message                                             |
      | Isla Brown | 2026-08-02 | 12:00 | Hi Isla, see you on Sunday 2 August at 12:00.       |
      | Jamal Reed | 2026-11-19 | 15:40 | Hi Jamal, see you on Thursday 19 November at 15:40. |
      | Kate Young | 2027-04-05 | 09:30 | Hi Kate, see you on Monday 5 April at 09:30.        |
      | Liam Ward  | 2026-05-29 | 18:00 | Hi Liam, see you on Friday 29 May at 18:00.         |
      | Maya Patel | 2026-06-13 | 10:45 | Hi Maya, see you on Saturday 13 June at 10:45.      |
