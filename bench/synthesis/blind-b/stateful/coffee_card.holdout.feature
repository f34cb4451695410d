Feature: Coffee loyalty card
  Every coffee bought adds a stamp to the card.
  When the card already holds 9 stamps, the next coffee is free and the card starts again from zero.

  Scenario: reaching the free coffee
    Given a loyalty card with 7 stamps
    When I buy a coffee
    And I buy a coffee
    And I buy a coffee
    Then the coffee was free
    And the stamp count is 0

  Scenario: paying again after the free one
    Given a loyalty card with 9 stamps
    When I buy a coffee
    And I buy a coffee
    Then the coffee was paid for
    And the stamp count is 1
