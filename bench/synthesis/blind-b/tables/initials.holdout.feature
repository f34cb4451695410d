Feature: Staff rota

  Scenario Outline: initials from a full name
    Given a staff member named "<name>"
    When the rota is drawn up
    Then the staff member appears as "<initials>"

    Examples:
      | name              | initials |
      | oscar wilde       | O.W.     |
      | Ada Lovelace King | A.L.K.   |
      | Zoe               | Z.       |
      | peter paul rubens | P.P.R.   |
