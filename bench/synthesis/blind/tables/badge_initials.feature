Feature: Name badges
  A badge shows the first letter of each part of the name, as a capital.

  Scenario Outline: initials on a badge
    Given a staff member called "<name>"
    When the name badge is printed
    Then the badge shows "<initials>"

    Examples:
      | name                  | initials |
      | Ada Lovelace          | AL       |
      | grace brewster hopper | GBH      |
      | Linus                 | L        |
      | Tim Berners Lee       | TBL      |
      | mary ann evans        | MAE      |
