Feature: Warehouse stock
  Orders are shipped from stock. An order for more than is in stock is refused
  with the number in stock, for example "only 4 in stock", and nothing is
  shipped. When the stock falls below 10 units the item needs reordering.

  Scenario: down to the last units
    Given 25 units of "washers" in stock
    When an order for 16 units is shipped
    Then reordering is needed: yes
    When an order for 10 units is shipped
    Then the order is refused with "only 9 in stock"
    When 1 units are received
    Then reordering is needed: no
    When an order for 10 units is shipped
    Then the stock is 0 units

  Scenario: several orders
    Given 100 units of "hinges" in stock
    When an order for 30 units is shipped
    And an order for 30 units is shipped
    And an order for 41 units is shipped
    Then the order is refused with "only 40 in stock"
    And the stock is 40 units
    And reordering is needed: no
