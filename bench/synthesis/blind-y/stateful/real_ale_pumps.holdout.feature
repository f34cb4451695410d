Feature: Real ale pumps
  The bar has three hand pumps, so at most three ales can be on at once. A new cask gives 72
  pints. When a cask runs dry the ale comes off and its pump is free again.

  Scenario: a busy night on the Mild
    Given no ales are on
    When a cask of "Mild" goes on
    And a cask of "Stout" goes on
    And 70 pints of "Mild" are pulled
    Then "Mild" has 2 pints left
    When "Stout" is taken off
    Then the free pump count is 2
    When 5 pints of "Mild" are pulled
    Then the bar staff hear "only 2 pints of Mild left"

  Scenario: a pump comes free
    Given "Best Bitter" is on with 10 pints left
    And "Porter" is on with 3 pints left
    When a cask of "Golden Ale" goes on
    Then the free pump count is 0
    When 3 pints of "Porter" are pulled
    Then "Porter" is not on the bar
    And the free pump count is 1
    When a cask of "Stout" goes on
    Then "Stout" has 72 pints left
    When "Best Bitter" is taken off
    And a cask of "Stout" goes on
    Then the bar staff hear "Stout is already on"

  Scenario: a whole cask in one night
    Given no ales are on
    When "Mild" is taken off
    Then the bar staff hear "Mild is not on"
    When a cask of "Mild" goes on
    And 72 pints of "Mild" are pulled
    Then "Mild" is not on the bar
    And the free pump count is 3
