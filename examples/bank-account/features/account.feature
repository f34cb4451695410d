Feature: Bank account
  Several actions change one account: example tables alone cannot define this, so the offline
  generator says so, and a model provider writes it.

  Scenario: deposit then withdraw
    Given an empty account
    When I deposit 100
    And I withdraw 30
    Then the balance is 70

  Scenario: overdraft is refused
    Given an account with balance 20
    When I try to withdraw 50
    Then the withdrawal is refused with "insufficient funds"
    And the balance is 20
