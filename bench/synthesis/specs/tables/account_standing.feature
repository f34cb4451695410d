Feature: Account standing
  A positive balance is in credit, a negative balance is overdrawn, and a balance of exactly zero is settled.

  Scenario Outline: showing the standing of an account
    Given an account with a balance of <balance>
    When the standing is shown on the statement
    Then the account is "<standing>"

    Examples:
      | balance | standing  |
      | 250     | in credit |
      | 0.01    | in credit |
      | 0       | settled   |
      | -0.01   | overdrawn |
      | -300    | overdrawn |
      | 15.5    | in credit |
