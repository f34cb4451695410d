Feature: Travel card
  Each journey takes its fare off the card at the gate. The balance can never go below zero,
  and a card can hold at most 100 euros.

  Scenario: a third journey is one too many
    Given a travel card with 6.00 euros on it
    When I tap in for a journey costing 2.50 euros
    And I tap in for a journey costing 2.50 euros
    And I tap in for a journey costing 2.50 euros
    Then the gate says "not enough credit"
    And the card holds 1.00 euros

  Scenario: top up then travel
    Given a travel card with 95.00 euros on it
    When I top up 5 euros
    And I tap in for a journey costing 3.25 euros
    Then the card holds 96.75 euros

  Scenario: a second top-up is refused
    Given a travel card with 0.00 euros on it
    When I top up 40 euros
    And I top up 70 euros
    Then the gate says "card limit is 100 euros"
    And the card holds 40.00 euros
