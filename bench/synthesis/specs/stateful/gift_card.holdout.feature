Feature: Gift card

  Scenario: small purchases until it runs out
    Given a gift card with 10 euros on it
    When I pay 4 euros with the card
    And I pay 4 euros with the card
    And I pay 4 euros with the card
    Then the till says "not enough on the card"
    And the card has 2 euros left

  Scenario: a top-up pays for a big purchase
    Given a gift card with 60 euros on it
    When I pay 80 euros with the card
    Then the till says "not enough on the card"
    When I load 40 euros onto the card
    And I pay 80 euros with the card
    Then the card has 20 euros left

  Scenario: a second top-up goes too far
    Given a gift card with 100 euros on it
    When I load 100 euros onto the card
    And I load 100 euros onto the card
    Then the till says "a card holds at most 250 euros"
    And the card has 200 euros left
