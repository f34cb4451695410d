Feature: Fitting room items
  A shopper may have up to 6 items in the fitting room at once. The attendant writes the number
  on the shopper's tag, and items handed back are taken off it.

  Scenario: two armfuls
    Given the shopper's tag reads 0
    When the shopper takes 3 items in
    And the shopper takes 3 items in
    Then the tag reads 6
    When the shopper takes 2 items in
    Then the attendant says "you already have 6 items"

  Scenario: trying a whole rail
    Given the shopper's tag reads 2
    When the shopper takes 6 items in
    Then the attendant says "you can take 4 more items in"
    When the shopper takes 4 items in
    And the shopper hands back 3 items
    Then the tag reads 3

  Scenario: handing back in the wrong amounts
    Given the shopper's tag reads 5
    When the shopper hands back 8 items
    Then the attendant says "you only have 5 items"
    When the shopper hands back 5 items
    And the shopper hands back 3 items
    Then the attendant says "you have no items to hand back"
