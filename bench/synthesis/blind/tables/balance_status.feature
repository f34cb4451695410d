Feature: Account statement
  A negative balance is "overdrawn", exactly zero is "empty", anything above zero is "in credit".

  Scenario Outline: describing the balance
    Given an account balance of <balance>
    When the statement is printed
    Then the balance is described as "<description>"

    Examples:
      | balance | description |
      | 120     | in credit   |
      | -5      | overdrawn   |
      | 0       | empty       |
      | 0.01    | in credit   |
      | -300    | overdrawn   |
      | 2500    | in credit   |
