Feature: Travel wallet
  Money is added to the wallet and payments are taken from it; a payment larger than what is in the wallet is refused and changes nothing.

  Scenario: refused after some spending
    Given a wallet holding 30 euros
    When a payment of 25 euros is made
    And a payment of 5.25 euros is made
    Then the payment is refused with "not enough money"
    And the wallet holds 5 euros

  Scenario: topping up before paying
    Given a wallet holding 0 euros
    When 50 euros are added
    And 0.75 euros are added
    And a payment of 40 euros is made
    Then the wallet holds 10.75 euros
