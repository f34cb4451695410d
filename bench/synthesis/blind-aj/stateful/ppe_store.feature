Feature: Site PPE store
  The site store hands out protective kit, one item at a time, and keeps a
  reorder level for each item. When taking an item brings its stock down to the
  reorder level or below, the item goes on the order list, in the order the
  items ran low. A delivery that lifts the stock back above the level takes it
  off the list. An item with none left is refused.

  Scenario: handing out gloves
    Given the store holds 10 "gloves" with a reorder level of 4
    When "Sam" takes "gloves"
    And "Ravi" takes "gloves"
    Then the "gloves" in stock are 8
    And the order list is "nothing"

  Scenario: reaching the reorder level
    Given the store holds 6 "hard hats" with a reorder level of 5
    When "Sam" takes "hard hats"
    Then the "hard hats" in stock are 5
    And the order list is "hard hats"

  Scenario: two items running low
    Given the store holds 3 "ear defenders" with a reorder level of 2
    And the store holds 4 "goggles" with a reorder level of 3
    When "Sam" takes "goggles"
    And "Ravi" takes "ear defenders"
    Then the order list is "goggles, ear defenders"

  Scenario: none left
    Given the store holds 2 "dust masks" with a reorder level of 1
    When "Sam" takes "dust masks"
    And "Ravi" takes "dust masks"
    And "Jo" takes "dust masks"
    Then the store says "no dust masks left"
    And the "dust masks" in stock are 0
    When a delivery of 6 "dust masks" arrives
    Then the "dust masks" in stock are 6
    And the order list is "nothing"

  Scenario: a delivery
    Given the store holds 4 "gloves" with a reorder level of 3
    And the store holds 4 "hard hats" with a reorder level of 3
    When "Sam" takes "gloves"
    And "Ravi" takes "hard hats"
    Then the order list is "gloves, hard hats"
    When a delivery of 20 "gloves" arrives
    Then the order list is "hard hats"
    And the "gloves" in stock are 23
    When a delivery of 2 "hard hats" arrives
    Then the order list is "nothing"
