Feature: Gift card
  A purchase takes its price off the card; a card never goes below zero, and it holds at most
  250 euros.

  Scenario: a purchase
    Given a gift card with 40 euros on it
    When I pay 15 euros with the card
    Then the card has 25 euros left

  Scenario: a top-up
    Given a gift card with 25 euros on it
    When I load 50 euros onto the card
    Then the card has 75 euros left

  Scenario: paying more than the card holds
    Given a gift card with 30 euros on it
    When I pay 31 euros with the card
    Then the till says "not enough on the card"
    And the card has 30 euros left

  Scenario: spending it all
    Given a gift card with 30 euros on it
    When I pay 30 euros with the card
    Then the card has 0 euros left

  Scenario: loading past the most it holds
    Given a gift card with 200 euros on it
    When I load 60 euros onto the card
    Then the till says "a card holds at most 250 euros"
    And the card has 200 euros left

  Scenario: loading it full
    Given a gift card with 200 euros on it
    When I load 50 euros onto the card
    Then the card has 250 euros left
