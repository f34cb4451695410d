Feature: Name badges

  Scenario Outline: initials printed on a badge
    Given the name "<name>"
    When the initials are taken
    Then the initials are "<initials>"

    Examples:
      | name               | initials |
      | Edsger Dijkstra    | E.D.     |
      | barbara liskov     | B.L.     |
      | Prince             | P.       |
      | Donald Ervin Knuth | D.E.K.   |
      | Jean-Paul Sartre   | J.S.     |
