Feature: Sneaker release day
  Each customer may hold one pair from the release. A returned pair goes back on sale, and the
  customer may then buy again.

  Scenario: buying a pair
    Given the release stock for size 8 is 3
    And the release stock for size 9 is 2
    When "Ava" buys a pair in size 9
    Then the stock of size 9 is 1
    And "Ava" has a pair in size 9
    And the stock of size 8 is 3

  Scenario: one pair each
    Given the release stock for size 10 is 4
    When "Ben" buys a pair in size 10
    And "Ben" buys a pair in size 10
    Then the sale is refused with "Ben already has a pair"
    And the stock of size 10 is 3

  Scenario: selling out
    Given the release stock for size 7 is 2
    When "Cat" buys a pair in size 7
    And "Dev" buys a pair in size 7
    And "Eli" buys a pair in size 7
    Then the sale is refused with "size 7 is sold out"
    And "Eli" has no pair
    And the stock of size 7 is 0

  Scenario: a return
    Given the release stock for size 11 is 1
    And the release stock for size 12 is 1
    When "Fay" buys a pair in size 11
    And "Fay" returns the pair
    Then the stock of size 11 is 1
    And "Fay" has no pair
    When "Fay" buys a pair in size 12
    Then "Fay" has a pair in size 12
    When "Gus" returns the pair
    Then the sale is refused with "Gus has no pair to return"
