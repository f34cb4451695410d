Feature: Coffee loyalty card
  Every coffee bought earns one stamp. A free coffee can be claimed with 8 stamps
  and uses up 8 stamps. Claiming with fewer than 8 stamps is refused with a message
  saying how many more are needed: "3 more stamps needed", or "1 more stamp needed"
  when only one is missing.

  Scenario: buying coffees earns stamps
    Given a loyalty card with 0 stamps
    When 3 coffees are bought
    And a coffee is bought
    Then the stamp count is 4

  Scenario: claiming a free coffee with exactly enough stamps
    Given a loyalty card with 8 stamps
    When a free coffee is claimed
    Then the stamp count is 0

  Scenario: stamps beyond the eight are kept
    Given a loyalty card with 10 stamps
    When a free coffee is claimed
    Then the stamp count is 2

  Scenario: not enough stamps
    Given a loyalty card with 5 stamps
    When a free coffee is claimed
    Then the claim is refused with "3 more stamps needed"
    And the stamp count is 5

  Scenario: one stamp short, then one more coffee
    Given a loyalty card with 7 stamps
    When a free coffee is claimed
    Then the claim is refused with "1 more stamp needed"
    When a coffee is bought
    And a free coffee is claimed
    Then the stamp count is 0
