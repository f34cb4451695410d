Feature: Warehouse stock
  Orders are shipped from stock. An order for more than is in stock is refused
  with the number in stock, for example "only 4 in stock", and nothing is
  shipped. When the stock falls below 10 units the item needs reordering.

  Scenario: shipping an order
    Given 50 units of "bolts" in stock
    When an order for 20 units is shipped
    Then the stock is 30 units
    And reordering is needed: no

  Scenario: falling below the reorder level
    Given 12 units of "nuts" in stock
    When an order for 3 units is shipped
    Then the stock is 9 units
    And reordering is needed: yes

  Scenario: an order that is too big
    Given 10 units of "screws" in stock
    Then reordering is needed: no
    When an order for 11 units is shipped
    Then the order is refused with "only 10 in stock"
    And the stock is 10 units

  Scenario: a delivery arrives
    Given 5 units of "hooks" in stock
    Then reordering is needed: yes
    When 40 units are received
    Then reordering is needed: no
    When an order for 45 units is shipped
    Then the stock is 0 units
    And reordering is needed: yes

  Scenario: nothing in stock
    Given 0 units of "rivets" in stock
    When an order for 1 units is shipped
    Then the order is refused with "only 0 in stock"
    And the stock is 0 units
