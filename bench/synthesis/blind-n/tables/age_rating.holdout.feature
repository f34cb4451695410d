Feature: Age rating
  U and PG films are for everyone. A 12A film is for 12 and over, or younger with an adult. 15 and 18 films are for that age and over, adult or not.

  Scenario Outline: who may watch a film
    Given a viewer aged <age>
    And the film is rated "<rating>"
    And an adult comes along: <adult>
    When the ticket is checked
    Then the viewer may watch: <ok>

    Examples:
      | age | rating | adult | ok  |
      | 4   | PG     | yes   | yes |
      | 8   | 12A    | yes   | yes |
      | 10  | 12A    | no    | no  |
      | 16  | 15     | no    | yes |
      | 17  | 18     | no    | no  |
      | 30  | 12A    | no    | yes |
