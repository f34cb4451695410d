Feature: Noisy building work
  Noisy work is allowed from 08:00 until 18:00 Monday to Friday and from 08:00 until 13:00
  on Saturdays, and not at all on Sundays.

  Scenario Outline: checking before starting the drill
    Given it is "<day>" at "<time>"
    When the site manager checks the noise rules
    Then noisy work is allowed: <allowed>
    And the minutes left for noisy work are <left>

    Examples:
      | day       | time  | allowed | left |
      | Monday    | 07:59 | no      | 0    |
      | Monday    | 08:00 | yes     | 600  |
      | Tuesday   | 17:59 | yes     | 1    |
      | Wednesday | 18:00 | no      | 0    |
      | Friday    | 12:30 | yes     | 330  |
      | Saturday  | 08:00 | yes     | 300  |
      | Saturday  | 12:59 | yes     | 1    |
      | Saturday  | 13:00 | no      | 0    |
      | Sunday    | 10:00 | no      | 0    |
