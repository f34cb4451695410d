Feature: Phone wallet

  Scenario: topping up
    Given a wallet holding 20.00 euros
    When 5.50 euros are added
    Then the balance is 25.50 euros

  Scenario: paying
    Given a wallet holding 20.00 euros
    When a payment of 3.20 euros is made
    And a payment of 10.00 euros is made
    Then the balance is 6.80 euros

  Scenario: not enough money
    Given a wallet holding 10.00 euros
    When a payment of 10.01 euros is made
    Then the payment is refused with "not enough money"
    And the balance is 10.00 euros
    When a payment of 10.00 euros is made
    Then the balance is 0.00 euros

  Scenario: the wallet holds at most 150 euros
    Given a wallet holding 140.00 euros
    When 10.00 euros are added
    Then the balance is 150.00 euros
    When 0.01 euros are added
    Then the top-up is refused with "wallet limit is 150.00"
    And the balance is 150.00 euros

  Scenario: small amounts
    Given a wallet holding 0.00 euros
    When 2.50 euros are added
    And a payment of 0.70 euros is made
    And a payment of 0.70 euros is made
    Then the balance is 1.10 euros
