Feature: Initials for a name badge

  Scenario Outline: initials from a full name
    Given the name "<name>"
    When the initials are taken
    Then the badge shows "<initials>"

    Examples:
      | name                | initials |
      | Marie Curie         | M.C.     |
      | george bernard shaw | G.B.S.   |
      | Pele                | P.       |
      | isaac  newton       | I.N.     |
      | tIM berners lee     | T.B.L.   |
