Feature: Warehouse stock
  Orders can only ship what is on the shelf. A product needs reordering when fewer than 10 units are left.

  Scenario: exactly ten left
    Given the warehouse holds 25 units of "hinges"
    When an order ships 15 units of "hinges"
    Then there are 10 units of "hinges" in stock
    And reordering "hinges" is needed: no

  Scenario: emptying the shelf
    Given the warehouse holds 7 units of "screws"
    When an order ships 7 units of "screws"
    Then there are 0 units of "screws" in stock
    And reordering "screws" is needed: yes

  Scenario: a refused order leaves other products alone
    Given the warehouse holds 3 units of "brackets"
    And the warehouse holds 50 units of "nails"
    When an order ships 4 units of "brackets"
    Then the order is rejected with "only 3 brackets in stock"
    And there are 50 units of "nails" in stock

  Scenario: a delivery lifts the reorder flag
    Given the warehouse holds 9 units of "clamps"
    When 30 units of "clamps" arrive
    And an order ships 12 units of "clamps"
    Then there are 27 units of "clamps" in stock
    And reordering "clamps" is needed: no
