Feature: Christmas turkey orders
  The butcher has a set number of turkeys of each size for Christmas. Each
  customer may have one order, for one turkey. Once a size has all gone, orders
  for it are refused. A cancelled order puts the bird back for someone else; a
  collected one is gone for good.

  Scenario: taking orders
    Given the butcher has 3 "large" turkeys
    And the butcher has 5 "medium" turkeys
    When "Mrs Hale" orders a "large" turkey
    And "Mr Ross" orders a "medium" turkey
    Then the "large" turkeys left are 2
    And the "medium" turkeys left are 4
    And the orders waiting to be collected are 2

  Scenario: sold out
    Given the butcher has 2 "small" turkeys
    When "Mrs Hale" orders a "small" turkey
    And "Mr Ross" orders a "small" turkey
    And "Mr Kent" orders a "small" turkey
    Then the shop says "no small turkeys left"
    And the "small" turkeys left are 0

  Scenario: a cancelled order
    Given the butcher has 2 "large" turkeys
    When "Mrs Hale" orders a "large" turkey
    And "Mr Ross" orders a "large" turkey
    And "Mrs Hale" cancels the order
    Then the "large" turkeys left are 1
    When "Mr Kent" orders a "large" turkey
    Then the "large" turkeys left are 0
    And the orders waiting to be collected are 2

  Scenario: one order each
    Given the butcher has 4 "medium" turkeys
    When "Mrs Hale" orders a "medium" turkey
    And "Mrs Hale" orders a "medium" turkey
    Then the shop says "Mrs Hale already has an order"
    And the "medium" turkeys left are 3

  Scenario: collecting
    Given the butcher has 3 "small" turkeys
    When "Mr Ross" orders a "small" turkey
    And "Mr Ross" collects the turkey
    Then the orders waiting to be collected are 0
    And the "small" turkeys left are 2
    When "Mr Ross" cancels the order
    Then the shop says "Mr Ross has no order"
    And the "small" turkeys left are 2
