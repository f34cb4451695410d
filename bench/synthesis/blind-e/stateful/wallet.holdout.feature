Feature: Phone wallet

  Scenario: a payment one cent too big
    Given a wallet holding 50.00 euros
    When a payment of 12.35 euros is made
    And 7.65 euros are added
    Then the balance is 45.30 euros
    When a payment of 45.31 euros is made
    Then the payment is refused with "not enough money"
    And the balance is 45.30 euros

  Scenario: topping up to the limit
    Given a wallet holding 149.99 euros
    When 0.02 euros are added
    Then the top-up is refused with "wallet limit is 150.00"
    When 0.01 euros are added
    Then the balance is 150.00 euros

  Scenario: three coffees
    Given a wallet holding 5.00 euros
    When a payment of 0.10 euros is made
    And a payment of 0.10 euros is made
    And a payment of 0.10 euros is made
    Then the balance is 4.70 euros
