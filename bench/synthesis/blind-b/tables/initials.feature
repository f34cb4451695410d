Feature: Staff rota

  Scenario Outline: initials from a full name
    Given a staff member named "<name>"
    When the rota is drawn up
    Then the staff member appears as "<initials>"

    Examples:
      | name               | initials |
      | Jane Doe           | J.D.     |
      | mary ann smith     | M.A.S.   |
      | Li                 | L.       |
      | Ahmed Khan         | A.K.     |
      | sofia garcia lopez | S.G.L.   |
      | Ben                | B.       |
