Feature: Account standing
  A positive balance is in credit, a negative balance is overdrawn, and a balance of exactly zero is settled.

  Scenario Outline: showing the standing of an account
    Given an account with a balance of <balance>
    When the standing is shown on the statement
    Then the account is "<standing>"

    Examples:
      | balance | standing  |
      | 1000000 | in credit |
      | -1      | overdrawn |
      | -42.75  | overdrawn |
      | 3       | in credit |
