Feature: Travel card
  Each journey takes its fare off the card at the gate. The balance can never go below zero,
  and a card can hold at most 100 euros.

  Scenario: paying for a journey
    Given a travel card with 10.00 euros on it
    When I tap in for a journey costing 2.50 euros
    Then the card holds 7.50 euros

  Scenario: topping up
    Given a travel card with 7.50 euros on it
    When I top up 20 euros
    Then the card holds 27.50 euros

  Scenario: not enough credit
    Given a travel card with 1.75 euros on it
    When I tap in for a journey costing 2.50 euros
    Then the gate says "not enough credit"
    And the card holds 1.75 euros

  Scenario: topping up past the limit
    Given a travel card with 90.00 euros on it
    When I top up 20 euros
    Then the gate says "card limit is 100 euros"
    And the card holds 90.00 euros

  Scenario: topping up to exactly the limit
    Given a travel card with 80.00 euros on it
    When I top up 20 euros
    Then the card holds 100.00 euros
