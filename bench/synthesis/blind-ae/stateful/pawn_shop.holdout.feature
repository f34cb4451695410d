Feature: Pawn shop
  The shop lends up to 500.00 on an item. The owner gets the item back by repaying the loan
  plus 10% interest. The shop may sell off an item that has not been collected.

  Scenario: a laptop collected
    Given the shop has nothing in pawn
    When "Fay" pawns a "laptop" for 320.00
    And "Gus" pawns a "ring" for 99.90
    And "Fay" redeems the "laptop"
    Then the money lent out is 99.90
    And the interest earned is 32.00

  Scenario: just over the limit
    Given the shop has nothing in pawn
    When "Hal" pawns a "speaker" for 500.10
    Then the shop says "loans go up to 500.00"
    When "Hal" pawns a "speaker" for 250.00
    And the shop sells off the "speaker" of "Hal"
    Then the money lent out is 0.00

  Scenario: nothing to redeem yet
    Given the shop has nothing in pawn
    When "Ivy" redeems the "watch"
    Then the shop says "Ivy has no watch in pawn"
    When "Ivy" pawns a "watch" for 70.00
    And "Ivy" redeems the "watch"
    Then the interest earned is 7.00
    And the money lent out is 0.00
