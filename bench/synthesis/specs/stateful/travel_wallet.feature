Feature: Travel wallet
  Money is added to the wallet and payments are taken from it; a payment larger than what is in the wallet is refused and changes nothing.

  Scenario: adding money and paying
    Given a wallet holding 20 euros
    When 10 euros are added
    And a payment of 7.50 euros is made
    Then the wallet holds 22.50 euros

  Scenario: a payment that is too large
    Given a wallet holding 5 euros
    When a payment of 6 euros is made
    Then the payment is refused with "not enough money"
    And the wallet holds 5 euros

  Scenario: spending everything
    Given a wallet holding 12.50 euros
    When a payment of 2.50 euros is made
    And a payment of 10 euros is made
    Then the wallet holds 0 euros

  Scenario: an empty wallet
    Given a wallet holding 0 euros
    When a payment of 1 euros is made
    Then the payment is refused with "not enough money"
