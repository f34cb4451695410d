Feature: Fitting room items
  A shopper may have up to 6 items in the fitting room at once. The attendant writes the number
  on the shopper's tag, and items handed back are taken off it.

  Scenario: filling the tag
    Given the shopper's tag reads 0
    When the shopper takes 4 items in
    Then the tag reads 4
    When the shopper takes 2 items in
    Then the tag reads 6

  Scenario: too many at once
    Given the shopper's tag reads 3
    When the shopper takes 5 items in
    Then the attendant says "you can take 3 more items in"
    And the tag reads 3

  Scenario: a full tag
    Given the shopper's tag reads 6
    When the shopper takes 2 items in
    Then the attendant says "you already have 6 items"
    When the shopper hands back 2 items
    Then the tag reads 4

  Scenario: handing back more than taken
    Given the shopper's tag reads 4
    When the shopper hands back 6 items
    Then the attendant says "you only have 4 items"
    When the shopper hands back 4 items
    Then the tag reads 0
    When the shopper hands back 2 items
    Then the attendant says "you have no items to hand back"

  Scenario: a second try
    Given the shopper's tag reads 2
    When the shopper hands back 2 items
    And the shopper takes 3 items in
    Then the tag reads 3
