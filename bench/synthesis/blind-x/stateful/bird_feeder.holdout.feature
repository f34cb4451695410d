Feature: Bird feeder
  The feeder holds 800 g of seed. The birds get through 150 g a day, or whatever is
  left if there is less.

  Scenario: a full feeder over a week
    Given the feeder has 0 g of seed
    When 800 g of seed is added
    And 5 days go by
    Then the seed left is 50 g
    When 2 days go by
    Then the seed left is 0 g

  Scenario: filling to the brim
    Given the feeder has 650 g of seed
    When 200 g of seed is added
    Then the refill is refused with "only room for 150 g more"
    When 150 g of seed is added
    And 150 g of seed is added
    Then the refill is refused with "the feeder is already full"
    And the seed left is 800 g

  Scenario: a big bag after a weekend
    Given the feeder has 420 g of seed
    When 2 days go by
    And 700 g of seed is added
    Then the refill is refused with "only room for 680 g more"
    And the seed left is 120 g
    When 680 g of seed is added
    Then the seed left is 800 g
