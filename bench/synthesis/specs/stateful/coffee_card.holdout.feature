Feature: Coffee loyalty card
  Each coffee bought earns a stamp; the tenth coffee on a card is free, and then the card starts again with no stamps.

  Scenario: a week of coffees
    Given a loyalty card with 5 stamps
    When a coffee is bought
    And a coffee is bought
    And a coffee is bought
    And a coffee is bought
    And a coffee is bought
    Then that coffee was free: yes
    And the card shows 0 stamps

  Scenario: past the free coffee
    Given a loyalty card with 7 stamps
    When a coffee is bought
    And a coffee is bought
    And a coffee is bought
    And a coffee is bought
    Then the card shows 1 stamps
    And that coffee was free: no

  Scenario: a few coffees on a new card
    Given a loyalty card with 0 stamps
    When a coffee is bought
    And a coffee is bought
    And a coffee is bought
    Then the card shows 3 stamps
