Feature: Team shirt printing
  The back of each shirt shows the player's surname, the last word of the
  name, in capitals, then the squad number written with two digits.

  Scenario Outline: printing a shirt
    Given the player "<name>" wears number <number>
    When the shirt is printed
    Then the back reads "<print>"

    Examples:
      | name              | number | print          |
      | Sam Kerr          | 20     | KERR 20        |
      | Ana Lopez         | 7      | LOPEZ 07       |
      | Lee               | 9      | LEE 09         |
      | Jo Ellis          | 10     | ELLIS 10       |
      | Kim O'Hara        | 1      | O'HARA 01      |
      | Ben Smith-Jones   | 23     | SMITH-JONES 23 |
      | Omar Haddad       | 99     | HADDAD 99      |
      | Maria Clara Souza | 0      | SOUZA 00       |
