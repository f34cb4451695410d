Feature: Timber yard trade account
  Trade customers buy on account up to a credit limit of 500.00. Goods that would take the
  balance owed over the limit are refused. Payments bring the balance down; paying more than
  is owed is refused.

  Scenario: one penny over
    Given an account owing 0.00
    When goods worth 500.01 are put on the account
    Then the counter refuses with "only 500.00 of credit left"
    When goods worth 500.00 are put on the account
    Then the credit left is 0.00
    When the customer pays 250.00
    Then the balance owed is 250.00

  Scenario: paying a penny too much
    Given an account owing 210.40
    When the customer pays 210.41
    Then the counter refuses with "only 210.40 is owed"
    When the customer pays 10.40
    And goods worth 300.00 are put on the account
    Then the balance owed is 500.00
    And the credit left is 0.00

  Scenario: a small order and a big one
    Given an account owing 99.90
    When goods worth 0.10 are put on the account
    And the customer pays 50.00
    Then the balance owed is 50.00
    When goods worth 450.50 are put on the account
    Then the counter refuses with "only 450.00 of credit left"
    And the balance owed is 50.00
