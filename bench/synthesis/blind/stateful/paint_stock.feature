Feature: Paint stock
  Tins are sold and delivered. A sale larger than the stock is refused. A reorder can only be placed once stock has fallen to 10 tins or fewer.

  Scenario: selling tins
    Given the shop has 25 tins in stock
    When 5 tins are sold
    And 3 tins are sold
    Then the stock is 17 tins

  Scenario: a delivery arrives
    Given the shop has 4 tins in stock
    When 30 tins are delivered
    And 10 tins are sold
    Then the stock is 24 tins

  Scenario: selling more than we have
    Given the shop has 6 tins in stock
    When 8 tins are sold
    Then the shop is told "not enough tins"
    And the stock is 6 tins

  Scenario: no reorder while the shelf is full
    Given the shop has 25 tins in stock
    When the manager places a reorder
    Then the shop is told "stock is above the reorder level"

  Scenario: reordering once stock is low
    Given the shop has 25 tins in stock
    When 15 tins are sold
    And the manager places a reorder
    Then the reorder is accepted
