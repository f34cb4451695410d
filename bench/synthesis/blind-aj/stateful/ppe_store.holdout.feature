Feature: Site PPE store
  The site store hands out protective kit, one item at a time, and keeps a
  reorder level for each item. When taking an item brings its stock down to the
  reorder level or below, the item goes on the order list, in the order the
  items ran low. A delivery that lifts the stock back above the level takes it
  off the list. An item with none left is refused.

  Scenario: a busy morning
    Given the store holds 5 "goggles" with a reorder level of 2
    When "Sam" takes "goggles"
    And "Ravi" takes "goggles"
    Then the order list is "nothing"
    When "Jo" takes "goggles"
    Then the order list is "goggles"
    And the "goggles" in stock are 2

  Scenario: a delivery that is not enough
    Given the store holds 6 "dust masks" with a reorder level of 5
    When "Sam" takes "dust masks"
    And "Ravi" takes "dust masks"
    And "Jo" takes "dust masks"
    And a delivery of 2 "dust masks" arrives
    Then the order list is "dust masks"
    When a delivery of 5 "dust masks" arrives
    Then the order list is "nothing"
    And the "dust masks" in stock are 10

  Scenario: out of ear defenders
    Given the store holds 2 "ear defenders" with a reorder level of 1
    And the store holds 8 "hard hats" with a reorder level of 2
    When "Sam" takes "ear defenders"
    And "Ravi" takes "ear defenders"
    And "Jo" takes "ear defenders"
    Then the store says "no ear defenders left"
    When a delivery of 4 "ear defenders" arrives
    And "Jo" takes "ear defenders"
    Then the "ear defenders" in stock are 3
    And the order list is "nothing"
