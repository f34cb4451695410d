Feature: Shopping cart
  Adding an item that is already in the cart raises its quantity. Removing an
  item takes all of it out. The cart holds at most 10 items; an addition that
  would go over is refused as a whole.

  Scenario: two kinds of item
    Given an empty cart
    When 2 "apple" at 0.40 euros are added
    And 1 "bread" at 2.10 euros are added
    Then the cart holds 3 items
    And the total is 2.90 euros

  Scenario: the same item twice
    Given an empty cart
    When 1 "milk" at 1.15 euros are added
    And 2 "milk" at 1.15 euros are added
    Then the cart holds 3 items
    And the total is 3.45 euros

  Scenario: removing an item
    Given an empty cart
    When 2 "apple" at 0.40 euros are added
    And 1 "cheese" at 4.50 euros are added
    And the "apple" is removed
    Then the cart holds 1 items
    And the total is 4.50 euros
    When the "apple" is removed
    Then the removal is refused with "not in the cart"
    And the cart holds 1 items

  Scenario: a full cart
    Given an empty cart
    When 6 "egg" at 0.30 euros are added
    And 4 "yoghurt" at 0.85 euros are added
    Then the cart holds 10 items
    And the total is 5.20 euros
    When 1 "banana" at 0.25 euros are added
    Then the addition is refused with "cart is full"
    And the cart holds 10 items
    And the total is 5.20 euros

  Scenario: nothing in the cart
    Given an empty cart
    Then the cart holds 0 items
    And the total is 0.00 euros
