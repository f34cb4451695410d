Feature: Sneaker release day
  Each customer may hold one pair from the release. A returned pair goes back on sale, and the
  customer may then buy again.

  Scenario: passing on a pair
    Given the release stock for size 6 is 2
    And the release stock for size 7 is 1
    When "Ava" buys a pair in size 7
    And "Ben" buys a pair in size 7
    Then the sale is refused with "size 7 is sold out"
    When "Ava" returns the pair
    And "Ben" buys a pair in size 7
    Then "Ben" has a pair in size 7
    And the stock of size 7 is 0
    And the stock of size 6 is 2

  Scenario: a second try
    Given the release stock for size 9 is 5
    When "Cat" buys a pair in size 9
    And "Cat" buys a pair in size 9
    Then the sale is refused with "Cat already has a pair"
    When "Dev" returns the pair
    Then the sale is refused with "Dev has no pair to return"
    And the stock of size 9 is 4

  Scenario: the last pairs
    Given the release stock for size 8 is 2
    When "Eli" buys a pair in size 8
    And "Fay" buys a pair in size 8
    Then the stock of size 8 is 0
    When "Eli" returns the pair
    Then the stock of size 8 is 1
    And "Eli" has no pair
