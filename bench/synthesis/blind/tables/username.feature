Feature: Staff accounts
  A username is the first letter of the first name followed by the whole last name, all in lower case.

  Scenario Outline: the username for a new starter
    Given a new starter with first name "<first>" and last name "<last>"
    When the account is set up
    Then the username is "<username>"

    Examples:
      | first | last   | username |
      | Jane  | Smith  | jsmith   |
      | Omar  | Haddad | ohaddad  |
      | li    | wei    | lwei     |
      | ANNA  | KOVAC  | akovac   |
      | Peter | Parker | pparker  |
