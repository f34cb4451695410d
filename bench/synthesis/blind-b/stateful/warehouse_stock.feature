Feature: Warehouse stock
  Orders can only ship what is on the shelf. A product needs reordering when fewer than 10 units are left.

  Scenario: shipping an order
    Given the warehouse holds 40 units of "bolts"
    When an order ships 15 units of "bolts"
    Then there are 25 units of "bolts" in stock

  Scenario: receiving a delivery
    Given the warehouse holds 5 units of "nuts"
    When 20 units of "nuts" arrive
    Then there are 25 units of "nuts" in stock

  Scenario: an order larger than the stock
    Given the warehouse holds 12 units of "washers"
    When an order ships 20 units of "washers"
    Then the order is rejected with "only 12 washers in stock"
    And there are 12 units of "washers" in stock

  Scenario: running low
    Given the warehouse holds 12 units of "bolts"
    When an order ships 3 units of "bolts"
    Then there are 9 units of "bolts" in stock
    And reordering "bolts" is needed: yes

  Scenario: products are counted separately
    Given the warehouse holds 40 units of "bolts"
    And the warehouse holds 8 units of "nuts"
    When an order ships 10 units of "bolts"
    Then there are 8 units of "nuts" in stock
    And reordering "nuts" is needed: yes
    And reordering "bolts" is needed: no
