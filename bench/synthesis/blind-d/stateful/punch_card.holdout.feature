Feature: Coffee loyalty card
  Every coffee bought earns one stamp. A free coffee can be claimed with 8 stamps
  and uses up 8 stamps. Claiming with fewer than 8 stamps is refused with a message
  saying how many more are needed: "3 more stamps needed", or "1 more stamp needed"
  when only one is missing.

  Scenario: a round of coffees completes the card
    Given a loyalty card with 2 stamps
    When 6 coffees are bought
    And a free coffee is claimed
    Then the stamp count is 0

  Scenario: a new card is far from a free coffee
    Given a loyalty card with 0 stamps
    When a coffee is bought
    And a free coffee is claimed
    Then the claim is refused with "7 more stamps needed"
    And the stamp count is 1

  Scenario: two free coffees, then no more
    Given a loyalty card with 16 stamps
    When a free coffee is claimed
    And a free coffee is claimed
    And a free coffee is claimed
    Then the claim is refused with "8 more stamps needed"
    And the stamp count is 0

  Scenario: a free coffee leaves a stamp over
    Given a loyalty card with 6 stamps
    When 2 coffees are bought
    And a coffee is bought
    And a free coffee is claimed
    Then the stamp count is 1
