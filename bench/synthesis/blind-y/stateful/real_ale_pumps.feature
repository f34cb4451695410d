Feature: Real ale pumps
  The bar has three hand pumps, so at most three ales can be on at once. A new cask gives 72
  pints. When a cask runs dry the ale comes off and its pump is free again.

  Scenario: a new cask
    Given no ales are on
    When a cask of "Porter" goes on
    Then "Porter" has 72 pints left
    When 20 pints of "Porter" are pulled
    Then "Porter" has 52 pints left
    And the free pump count is 2

  Scenario: running dry
    Given "Mild" is on with 6 pints left
    When 4 pints of "Mild" are pulled
    Then "Mild" has 2 pints left
    When 3 pints of "Mild" are pulled
    Then the bar staff hear "only 2 pints of Mild left"
    When 2 pints of "Mild" are pulled
    Then "Mild" is not on the bar
    When 2 pints of "Mild" are pulled
    Then the bar staff hear "Mild is not on"

  Scenario: all three pumps in use
    Given "Mild" is on with 30 pints left
    And "Best Bitter" is on with 50 pints left
    When a cask of "Porter" goes on
    Then the free pump count is 0
    When a cask of "Golden Ale" goes on
    Then the bar staff hear "all three pumps are in use"
    When "Mild" is taken off
    And a cask of "Golden Ale" goes on
    Then "Golden Ale" has 72 pints left
    And "Mild" is not on the bar

  Scenario: the same ale twice
    Given "Porter" is on with 40 pints left
    When a cask of "Porter" goes on
    Then the bar staff hear "Porter is already on"
    And "Porter" has 40 pints left
    When 15 pints of "Porter" are pulled
    Then "Porter" has 25 pints left
