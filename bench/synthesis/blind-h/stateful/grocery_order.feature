Feature: Online grocery order

  Scenario: two products
    Given an empty grocery order
    When 3 "apples" at 0.40 each are added
    And 2 "milk" at 1.15 each are added
    Then the order has 2 lines
    And the order total is 3.50

  Scenario: the same product twice
    Given an empty grocery order
    When 2 "bread" at 2.10 each are added
    And 1 "bread" at 2.10 each are added
    Then the order holds 3 "bread"
    And the order has 1 lines
    And the order total is 6.30

  Scenario: taking a product off
    Given an empty grocery order
    When 4 "eggs" at 0.30 each are added
    And 1 "cheese" at 4.75 each are added
    And the "eggs" are taken off the order
    Then the order has 1 lines
    And the order total is 4.75

  Scenario: taking off something that was never added
    Given an empty grocery order
    When 1 "tea" at 3.20 each are added
    And the "coffee" are taken off the order
    Then the removal is refused with "not on the order"
    And the order total is 3.20

  Scenario: nothing ordered yet
    Given an empty grocery order
    Then the order total is 0.00
    And the order has 0 lines
