Feature: Coffee loyalty card
  Every coffee bought adds a stamp to the card.
  When the card already holds 9 stamps, the next coffee is free and the card starts again from zero.

  Scenario: the first coffee
    Given a new loyalty card
    When I buy a coffee
    Then the coffee was paid for
    And the stamp count is 1

  Scenario: a few coffees
    Given a new loyalty card
    When I buy a coffee
    And I buy a coffee
    And I buy a coffee
    Then the stamp count is 3

  Scenario: the ninth stamp
    Given a loyalty card with 8 stamps
    When I buy a coffee
    Then the coffee was paid for
    And the stamp count is 9

  Scenario: the free coffee
    Given a loyalty card with 9 stamps
    When I buy a coffee
    Then the coffee was free
    And the stamp count is 0
