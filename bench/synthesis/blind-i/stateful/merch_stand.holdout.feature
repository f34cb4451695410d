Feature: Tour merch stand

  Scenario: small sizes run out first
    Given the stand has 5 shirts in size "L"
    And the stand has 1 shirts in size "S"
    When a fan buys a shirt in size "L"
    And a fan buys a shirt in size "S"
    And a fan buys a shirt in size "S"
    Then the sale is refused with "size S is sold out"
    When a fan buys a shirt in size "L"
    Then 3 shirts in size "L" are left
    And the takings are 75.00

  Scenario: an empty size gets a small delivery
    Given the stand has 0 shirts in size "M"
    When 2 shirts in size "M" are delivered
    And a fan buys a shirt in size "M"
    And a fan buys a shirt in size "M"
    And a fan buys a shirt in size "M"
    Then the sale is refused with "size M is sold out"
    And the takings are 50.00
    And 0 shirts in size "M" are left

  Scenario: a new size arrives
    Given the stand has 4 shirts in size "XL"
    When a fan buys a shirt in size "XXL"
    Then the sale is refused with "size XXL is sold out"
    When 3 shirts in size "XXL" are delivered
    And a fan buys a shirt in size "XXL"
    Then 2 shirts in size "XXL" are left
    And the takings are 25.00
