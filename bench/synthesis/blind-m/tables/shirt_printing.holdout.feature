Feature: Team shirt printing
  The back of each shirt shows the player's surname, the last word of the
  name, in capitals, then the squad number written with two digits.

  Scenario Outline: printing a shirt
    Given the player "<name>" wears number <number>
    When the shirt is printed
    Then the back reads "<print>"

    Examples:
      | name             | number | print          |
      | Tom Price        | 5      | PRICE 05       |
      | Ava Mae Quinn    | 14     | QUINN 14       |
      | Zoe              | 3      | ZOE 03         |
      | Luis Ortega-Ruiz | 18     | ORTEGA-RUIZ 18 |
      | Nia O'Brien      | 66     | O'BRIEN 66     |
      | Eli Grant        | 2      | GRANT 02       |
