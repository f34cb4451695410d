Feature: Gift card
  A gift card holds at most 150.00. A payment larger than the balance is
  refused with "not enough on the card". A top-up that would take the balance
  over 150.00 is refused with "card limit is 150.00".

  Scenario: paying with the card
    Given a gift card with 50.00 on it
    When a payment of 20.00 is made
    Then the balance is 30.00

  Scenario: paying more than the card holds
    Given a gift card with 10.00 on it
    When a payment of 12.50 is made
    Then the payment is refused with "not enough on the card"
    And the balance is 10.00

  Scenario: topping up to the limit
    Given a gift card with 100.00 on it
    When the card is topped up with 50.00
    Then the balance is 150.00
    When the card is topped up with 0.01
    Then the top-up is refused with "card limit is 150.00"
    And the balance is 150.00

  Scenario: empty and filled again
    Given a gift card with 25.00 on it
    When a payment of 25.00 is made
    Then the balance is 0.00
    When the card is topped up with 40.00
    And a payment of 12.35 is made
    Then the balance is 27.65
