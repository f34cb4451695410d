Feature: Name badges
  A badge shows the first letter of each part of the name, as a capital.

  Scenario Outline: initials on a badge
    Given a staff member called "<name>"
    When the name badge is printed
    Then the badge shows "<initials>"

    Examples:
      | name                      | initials |
      | Alan Turing               | AT       |
      | katherine johnson         | KJ       |
      | Cher                      | C        |
      | john ronald reuel tolkien | JRRT     |
