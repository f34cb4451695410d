Feature: Name badges

  Scenario Outline: initials printed on a badge
    Given the name "<name>"
    When the initials are taken
    Then the initials are "<initials>"

    Examples:
      | name                      | initials |
      | Ada Lovelace              | A.L.     |
      | grace brewster hopper     | G.B.H.   |
      | Alan Turing               | A.T.     |
      | Cher                      | C.       |
      | mary ann evans            | M.A.E.   |
      | Tim Berners-Lee           | T.B.     |
      | john ronald reuel tolkien | J.R.R.T. |
