Feature: Warehouse stock

  Scenario: several shipments until the stock runs short
    Given the warehouse holds 50 "screws"
    When 20 "screws" are shipped
    And 20 "screws" are shipped
    And 11 "screws" are shipped
    Then the shipment is refused with "only 10 screws in stock"
    And the stock of "screws" is 10

  Scenario: an empty shelf is restocked and emptied
    Given the warehouse holds 0 "brackets"
    When 12 "brackets" are received
    And 12 "brackets" are shipped
    Then the stock of "brackets" is 0

  Scenario: restocking one item leaves the other alone
    Given the warehouse holds 5 "nails"
    And the warehouse holds 7 "pins"
    When 6 "pins" are received
    And 13 "pins" are shipped
    Then the stock of "pins" is 0
    And the stock of "nails" is 5
