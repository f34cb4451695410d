Feature: Initials for a name badge

  Scenario Outline: initials from a full name
    Given the name "<name>"
    When the initials are taken
    Then the badge shows "<initials>"

    Examples:
      | name                      | initials |
      | Ada Lovelace              | A.L.     |
      | john ronald reuel tolkien | J.R.R.T. |
      | Cher                      | C.       |
      | Grace  Hopper             | G.H.     |
      | alan mathison turing      | A.M.T.   |
      | Li Na                     | L.N.     |
      | eMMA stone                | E.S.     |
      | Bo                        | B.       |
