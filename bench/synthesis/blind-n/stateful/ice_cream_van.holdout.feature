Feature: Ice cream van

  Background:
    Given the van has 10 scoops of "vanilla"
    And the van has 3 scoops of "mint"

  Scenario: a busy afternoon
    When a child buys 3 scoops of "vanilla"
    And a child buys 3 scoops of "vanilla"
    And a child buys 3 scoops of "vanilla"
    Then 1 scoop of "vanilla" is left
    And the takings are 13.50

  Scenario: a triple too many
    When a child buys 1 scoop of "mint"
    And a child buys 3 scoops of "mint"
    Then the driver says "not enough mint"
    And 2 scoops of "mint" are left
    And the takings are 1.50

  Scenario: mixed orders
    When a child buys 2 scoops of "vanilla"
    And a child buys 3 scoops of "mint"
    And a child buys 1 scoop of "vanilla"
    Then 7 scoops of "vanilla" are left
    And 0 scoops of "mint" are left
    And the takings are 9.00
