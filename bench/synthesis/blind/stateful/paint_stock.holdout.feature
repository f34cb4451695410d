Feature: Paint stock
  Tins are sold and delivered. A sale larger than the stock is refused. A reorder can only be placed once stock has fallen to 10 tins or fewer.

  Scenario: reordering right at the level
    Given the shop has 10 tins in stock
    When the manager places a reorder
    Then the reorder is accepted

  Scenario: one tin too many for a reorder
    Given the shop has 11 tins in stock
    When the manager places a reorder
    Then the shop is told "stock is above the reorder level"

  Scenario: selling out and then one more
    Given the shop has 0 tins in stock
    When 50 tins are delivered
    And 50 tins are sold
    And 1 tins are sold
    Then the shop is told "not enough tins"
    And the stock is 0 tins

  Scenario: a busy day then a reorder
    Given the shop has 40 tins in stock
    When 30 tins are sold
    And the manager places a reorder
    Then the reorder is accepted
    And the stock is 10 tins
