Feature: Noisy building work
  Noisy work is allowed from 08:00 until 18:00 Monday to Friday and from 08:00 until 13:00
  on Saturdays, and not at all on Sundays.

  Scenario Outline: checking before starting the drill
    Given it is "<day>" at "<time>"
    When the site manager checks the noise rules
    Then noisy work is allowed: <allowed>
    And the minutes left for noisy work are <left>

    Examples:
      | day      | time  | allowed | left |
      | Thursday | 09:15 | yes     | 525  |
      | Saturday | 10:40 | yes     | 140  |
      | Sunday   | 08:00 | no      | 0    |
      | Friday   | 06:30 | no      | 0    |
      | Monday   | 23:10 | no      | 0    |
      | Saturday | 15:00 | no      | 0    |
