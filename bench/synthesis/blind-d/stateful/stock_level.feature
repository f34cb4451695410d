Feature: Warehouse stock

  Scenario: shipping takes items out of stock
    Given the warehouse holds 20 "bolts"
    When 5 "bolts" are shipped
    Then the stock of "bolts" is 15

  Scenario: receiving puts items into stock
    Given the warehouse holds 20 "bolts"
    When 10 "bolts" are received
    And 25 "bolts" are shipped
    Then the stock of "bolts" is 5

  Scenario: shipping more than is in stock
    Given the warehouse holds 3 "hinges"
    When 4 "hinges" are shipped
    Then the shipment is refused with "only 3 hinges in stock"
    And the stock of "hinges" is 3

  Scenario: each item has its own stock
    Given the warehouse holds 10 "nuts"
    And the warehouse holds 8 "washers"
    When 8 "washers" are shipped
    Then the stock of "washers" is 0
    And the stock of "nuts" is 10
