Feature: Account statement
  A negative balance is "overdrawn", exactly zero is "empty", anything above zero is "in credit".

  Scenario Outline: describing the balance
    Given an account balance of <balance>
    When the statement is printed
    Then the balance is described as "<description>"

    Examples:
      | balance | description |
      | -0.01   | overdrawn   |
      | 1000000 | in credit   |
      | 42.5    | in credit   |
      | -1      | overdrawn   |
