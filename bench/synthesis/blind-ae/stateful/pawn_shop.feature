Feature: Pawn shop
  The shop lends up to 500.00 on an item. The owner gets the item back by repaying the loan
  plus 10% interest. The shop may sell off an item that has not been collected.

  Scenario: one item back
    Given the shop has nothing in pawn
    When "Ana" pawns a "watch" for 80.00
    And "Ben" pawns a "guitar" for 150.00
    Then the money lent out is 230.00
    When "Ana" redeems the "watch"
    Then the money lent out is 150.00
    And the interest earned is 8.00

  Scenario: the largest loan
    Given the shop has nothing in pawn
    When "Cy" pawns a "bike" for 600.00
    Then the shop says "loans go up to 500.00"
    When "Cy" pawns a "bike" for 500.00
    Then the money lent out is 500.00

  Scenario: the wrong item
    Given the shop has nothing in pawn
    When "Dee" pawns a "ring" for 45.50
    And "Dee" redeems the "camera"
    Then the shop says "Dee has no camera in pawn"
    When "Dee" redeems the "ring"
    Then the interest earned is 4.55
    And the money lent out is 0.00

  Scenario: sold off
    Given the shop has nothing in pawn
    When "Eli" pawns a "drill" for 60.00
    And the shop sells off the "drill" of "Eli"
    And "Eli" redeems the "drill"
    Then the shop says "Eli has no drill in pawn"
    And the money lent out is 0.00
    And the interest earned is 0.00
