Feature: Stock levels in the warehouse
  Deliveries add to a product's stock and shipments take from it; a shipment larger than the stock is refused and changes nothing.

  Scenario: receiving deliveries
    Given an empty warehouse
    When 10 "nuts" are received
    And 5 "nuts" are received
    Then the stock of "nuts" is 15

  Scenario: shipping
    Given the warehouse has 40 "bolts" in stock
    When 15 "bolts" are shipped
    Then the stock of "bolts" is 25

  Scenario: shipping more than there is
    Given the warehouse has 3 "washers" in stock
    When 5 "washers" are shipped
    Then the shipment is refused with "only 3 washers in stock"
    And the stock of "washers" is 3

  Scenario: a product never delivered
    Given an empty warehouse
    Then the stock of "screws" is 0

  Scenario: the best-stocked product
    Given the warehouse has 40 "bolts" in stock
    And the warehouse has 25 "nuts" in stock
    When 30 "nuts" are received
    Then the best-stocked product is "nuts"
