Feature: Staff usernames
  A username is the first letter of the first name followed by the last name,
  in lower case and letters only, cut to eight characters.

  Scenario Outline: username for a new employee
    Given a new employee called "<name>"
    When the account is created
    Then the username is "<username>"

    Examples:
      | name             | username |
      | Ada Lovelace     | alovelac |
      | Alan Turing      | aturing  |
      | Grace Hopper     | ghopper  |
      | Tim Berners-Lee  | tberners |
      | Li Na            | lna      |
      | Mary O'Brien     | mobrien  |
      | Edsger Dijkstra  | edijkstr |
      | Anne Marie Smith | asmith   |
