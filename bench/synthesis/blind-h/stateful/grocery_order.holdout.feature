Feature: Online grocery order

  Scenario: more of a product already on the order
    Given an empty grocery order
    When 6 "yoghurts" at 0.55 each are added
    And 2 "rice" at 1.89 each are added
    And 4 "yoghurts" at 0.55 each are added
    Then the order holds 10 "yoghurts"
    And the order has 2 lines
    And the order total is 9.28

  Scenario: taking the same product off twice
    Given an empty grocery order
    When 1 "butter" at 2.45 each are added
    And the "butter" are taken off the order
    And the "butter" are taken off the order
    Then the removal is refused with "not on the order"
    And the order has 0 lines
    And the order total is 0.00

  Scenario: one of two products taken off
    Given an empty grocery order
    When 3 "pears" at 0.65 each are added
    And 2 "jam" at 2.99 each are added
    And the "pears" are taken off the order
    Then the order total is 5.98
    And the order has 1 lines
