Feature: Timber yard trade account
  Trade customers buy on account up to a credit limit of 500.00. Goods that would take the
  balance owed over the limit are refused. Payments bring the balance down; paying more than
  is owed is refused.

  Scenario: buying on account
    Given an account owing 0.00
    When goods worth 120.50 are put on the account
    And goods worth 79.50 are put on the account
    Then the balance owed is 200.00
    And the credit left is 300.00

  Scenario: up to the limit
    Given an account owing 450.00
    When goods worth 60.00 are put on the account
    Then the counter refuses with "only 50.00 of credit left"
    And the balance owed is 450.00
    When goods worth 50.00 are put on the account
    Then the credit left is 0.00

  Scenario: paying off
    Given an account owing 300.00
    When the customer pays 125.25
    Then the balance owed is 174.75
    When the customer pays 200.00
    Then the counter refuses with "only 174.75 is owed"
    When the customer pays 174.75
    Then the balance owed is 0.00

  Scenario: a payment makes room
    Given an account owing 480.00
    When the customer pays 100.00
    And goods worth 130.00 are put on the account
    Then the counter refuses with "only 120.00 of credit left"
    When goods worth 99.99 are put on the account
    Then the balance owed is 479.99
    And the credit left is 20.01
