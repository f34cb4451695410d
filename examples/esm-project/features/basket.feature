Feature: a shopping basket
  A basket adds up what is in it.

  Scenario: a few items
    Given an empty basket
    When I add 2 apples at 0.5 each
    And I add 1 loaf at 2.25 each
    Then the basket holds 3 items
    And the total is 3.25
