Feature: Christmas turkey orders
  The butcher has a set number of turkeys of each size for Christmas. Each
  customer may have one order, for one turkey. Once a size has all gone, orders
  for it are refused. A cancelled order puts the bird back for someone else; a
  collected one is gone for good.

  Scenario: a busy morning
    Given the butcher has 2 "large" turkeys
    And the butcher has 3 "small" turkeys
    When "Mr Dunn" orders a "large" turkey
    And "Ms Patel" orders a "large" turkey
    And "Mr Lee" orders a "large" turkey
    Then the shop says "no large turkeys left"
    When "Mr Lee" orders a "small" turkey
    Then the "small" turkeys left are 2
    And the orders waiting to be collected are 3

  Scenario: changing size
    Given the butcher has 4 "medium" turkeys
    And the butcher has 2 "large" turkeys
    When "Ms Patel" orders a "medium" turkey
    And "Ms Patel" cancels the order
    And "Ms Patel" orders a "large" turkey
    Then the "medium" turkeys left are 4
    And the "large" turkeys left are 1

  Scenario: cancelling after collecting
    Given the butcher has 3 "small" turkeys
    When "Mr Dunn" orders a "small" turkey
    And "Mr Dunn" collects the turkey
    And "Mr Dunn" cancels the order
    Then the shop says "Mr Dunn has no order"
    When "Mr Lee" orders a "small" turkey
    And "Mr Lee" orders a "small" turkey
    Then the shop says "Mr Lee already has an order"
    And the orders waiting to be collected are 1
    And the "small" turkeys left are 1
