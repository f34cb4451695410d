Feature: Ice cream van

  Background:
    Given the van has 10 scoops of "vanilla"
    And the van has 3 scoops of "mint"

  Scenario: a vanilla cone
    When a child buys 2 scoops of "vanilla"
    Then 8 scoops of "vanilla" are left
    And the takings are 3.00

  Scenario: the mint runs out
    When a child buys 2 scoops of "mint"
    And a child buys 1 scoop of "mint"
    Then 0 scoops of "mint" are left
    And the takings are 4.50

  Scenario: not enough mint for a double
    When a child buys 2 scoops of "mint"
    And a child buys 2 scoops of "mint"
    Then the driver says "not enough mint"
    And 1 scoop of "mint" is left
    And the takings are 3.00

  Scenario: no mint at all
    When a child buys 3 scoops of "mint"
    And a child buys 1 scoop of "mint"
    Then the driver says "not enough mint"
    And the takings are 4.50

  Scenario: both flavours
    When a child buys 3 scoops of "vanilla"
    And a child buys 1 scoop of "mint"
    Then 7 scoops of "vanilla" are left
    And 2 scoops of "mint" are left
    And the takings are 6.00
