Feature: Stock levels in the warehouse
  Deliveries add to a product's stock and shipments take from it; a shipment larger than the stock is refused and changes nothing.

  Scenario: refused after a first shipment
    Given an empty warehouse
    When 12 "hinges" are received
    And 5 "hinges" are shipped
    And 9 "hinges" are shipped
    Then the shipment is refused with "only 7 hinges in stock"
    And the stock of "hinges" is 7

  Scenario: a big shipment changes the best-stocked product
    Given the warehouse has 10 "bolts" in stock
    And the warehouse has 50 "nuts" in stock
    When 45 "nuts" are shipped
    Then the stock of "nuts" is 5
    And the best-stocked product is "bolts"

  Scenario: shipping everything
    Given the warehouse has 8 "brackets" in stock
    When 8 "brackets" are shipped
    Then the stock of "brackets" is 0
