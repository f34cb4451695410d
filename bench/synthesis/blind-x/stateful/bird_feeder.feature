Feature: Bird feeder
  The feeder holds 800 g of seed. The birds get through 150 g a day, or whatever is
  left if there is less.

  Scenario: the seed going down
    Given the feeder has 800 g of seed
    When 3 days go by
    Then the seed left is 350 g
    When 2 days go by
    Then the seed left is 50 g

  Scenario: running out and refilling
    Given the feeder has 200 g of seed
    When 2 days go by
    Then the seed left is 0 g
    When 500 g of seed is added
    Then the seed left is 500 g

  Scenario: too much seed at once
    Given the feeder has 550 g of seed
    When 300 g of seed is added
    Then the refill is refused with "only room for 250 g more"
    And the seed left is 550 g
    When 250 g of seed is added
    Then the seed left is 800 g

  Scenario: topping up a full feeder
    Given the feeder has 800 g of seed
    When 100 g of seed is added
    Then the refill is refused with "the feeder is already full"
    When 4 days go by
    Then the seed left is 200 g
