Feature: Coffee loyalty card
  Each coffee bought earns a stamp; the tenth coffee on a card is free, and then the card starts again with no stamps.

  Scenario: a first coffee
    Given a loyalty card with 0 stamps
    When a coffee is bought
    Then the card shows 1 stamps
    And that coffee was free: no

  Scenario: nearly there
    Given a loyalty card with 8 stamps
    When a coffee is bought
    Then the card shows 9 stamps
    And that coffee was free: no

  Scenario: the free coffee
    Given a loyalty card with 9 stamps
    When a coffee is bought
    Then that coffee was free: yes
    And the card shows 0 stamps

  Scenario: starting again after the free coffee
    Given a loyalty card with 9 stamps
    When a coffee is bought
    And a coffee is bought
    Then the card shows 1 stamps
    And that coffee was free: no
