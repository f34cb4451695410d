Feature: Tour merch stand

  Scenario: selling two shirts
    Given the stand has 3 shirts in size "M"
    When a fan buys a shirt in size "M"
    And a fan buys a shirt in size "M"
    Then 1 shirts in size "M" are left
    And the takings are 50.00

  Scenario: the last shirt in a size
    Given the stand has 1 shirts in size "L"
    When a fan buys a shirt in size "L"
    And a fan buys a shirt in size "L"
    Then the sale is refused with "size L is sold out"
    And 0 shirts in size "L" are left
    And the takings are 25.00

  Scenario: a delivery
    Given the stand has 2 shirts in size "S"
    And the stand has 4 shirts in size "M"
    When a fan buys a shirt in size "S"
    And 5 shirts in size "S" are delivered
    Then 6 shirts in size "S" are left
    And 4 shirts in size "M" are left

  Scenario: a size that was sold out
    Given the stand has 0 shirts in size "XL"
    When a fan buys a shirt in size "XL"
    Then the sale is refused with "size XL is sold out"
    When 10 shirts in size "XL" are delivered
    And a fan buys a shirt in size "XL"
    Then 9 shirts in size "XL" are left
    And the takings are 25.00

  Scenario: a size the stand never had
    Given the stand has 2 shirts in size "M"
    When a fan buys a shirt in size "XS"
    Then the sale is refused with "size XS is sold out"
    And the takings are 0.00
