Feature: Bank account
  Several actions change one account: deposits add to the balance, withdrawals take from it,
  and a withdrawal larger than the balance is refused and changes nothing.

  Scenario: deposit then withdraw
    Given an empty account
    When I deposit 100
    And I withdraw 30
    Then the balance is 70

  Scenario: deposits add up
    Given an empty account
    When I deposit 100
    And I deposit 50
    Then the balance is 150

  Scenario: overdraft is refused
    Given an account with balance 20
    When I try to withdraw 50
    Then the withdrawal is refused with "insufficient funds"
    And the balance is 20

  Scenario: a withdrawal the balance covers
    Given an account with balance 80
    When I try to withdraw 30
    Then the balance is 50

  Scenario: a large withdrawal the balance covers
    Given an account with balance 200
    When I try to withdraw 150
    Then the balance is 50

  Scenario: withdrawing the whole balance
    Given an account with balance 40
    When I try to withdraw 40
    Then the balance is 0

  Scenario: a withdrawal just over the balance is refused
    Given an account with balance 100
    When I try to withdraw 101
    Then the withdrawal is refused with "insufficient funds"
    And the balance is 100
