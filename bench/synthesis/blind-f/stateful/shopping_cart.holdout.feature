Feature: Shopping cart
  Adding an item that is already in the cart raises its quantity. Removing an
  item takes all of it out. The cart holds at most 10 items; an addition that
  would go over is refused as a whole.

  Scenario: pears and jam
    Given an empty cart
    When 3 "pear" at 0.55 euros are added
    And 2 "pear" at 0.55 euros are added
    And 1 "jam" at 3.20 euros are added
    Then the cart holds 6 items
    And the total is 5.95 euros
    When the "pear" is removed
    Then the cart holds 1 items
    And the total is 3.20 euros

  Scenario: filling up to the limit
    Given an empty cart
    When 9 "lemon" at 0.35 euros are added
    Then the total is 3.15 euros
    When 2 "lime" at 0.30 euros are added
    Then the addition is refused with "cart is full"
    And the cart holds 9 items
    When 1 "lime" at 0.30 euros are added
    Then the cart holds 10 items
    And the total is 3.45 euros

  Scenario: removing from an empty cart
    Given an empty cart
    When the "coffee" is removed
    Then the removal is refused with "not in the cart"
    And the cart holds 0 items
    And the total is 0.00 euros
