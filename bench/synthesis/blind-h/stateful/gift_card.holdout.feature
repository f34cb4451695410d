Feature: Gift card
  A gift card holds at most 150.00. A payment larger than the balance is
  refused with "not enough on the card". A top-up that would take the balance
  over 150.00 is refused with "card limit is 150.00".

  Scenario: one cent too much
    Given a gift card with 80.00 on it
    When a payment of 80.01 is made
    Then the payment is refused with "not enough on the card"
    When a payment of 79.99 is made
    Then the balance is 0.01

  Scenario: a full card after a small payment
    Given a gift card with 0.00 on it
    When the card is topped up with 150.00
    Then the balance is 150.00
    When a payment of 0.10 is made
    And the card is topped up with 0.20
    Then the top-up is refused with "card limit is 150.00"
    And the balance is 149.90

  Scenario: top-up and payment
    Given a gift card with 60.00 on it
    When the card is topped up with 45.50
    And a payment of 5.25 is made
    Then the balance is 100.25
