Feature: Chip shop fish warmer
  Fried fish waits in the warmer until it is sold. The warmer holds at most 12 pieces in
  all, cod and haddock together.

  Scenario: a busy lunchtime
    Given the warmer holds 2 cod and 5 haddock
    When 4 pieces of cod are fried
    And a piece of haddock is sold
    And 2 pieces of haddock are fried
    Then there is room for 0 more
    And the warmer holds 6 cod
    When 4 pieces of cod are sold
    Then the warmer holds 2 cod
    And there is room for 4 more

  Scenario: more than there is
    Given the warmer holds 4 cod and 1 haddock
    When 3 pieces of haddock are sold
    Then the server says "only 1 haddock left"
    When 2 pieces of cod are fried
    And 6 pieces of cod are sold
    And a piece of cod is sold
    Then the server says "no cod is ready"
    And the warmer holds 1 haddock

  Scenario: topping up to the brim
    Given the warmer holds 5 cod and 5 haddock
    When 4 pieces of cod are fried
    Then the server says "there is only room for 2 more"
    When 2 pieces of cod are fried
    And a piece of haddock is sold
    And 3 pieces of cod are fried
    Then the server says "there is only room for 1 more"
    And the warmer holds 7 cod
    When 5 pieces of cod are sold
    Then there is room for 6 more
