Feature: Chip shop fish warmer
  Fried fish waits in the warmer until it is sold. The warmer holds at most 12 pieces in
  all, cod and haddock together.

  Scenario: frying a first batch
    Given the warmer is empty
    When 4 pieces of cod are fried
    And 3 pieces of haddock are fried
    Then the warmer holds 4 cod
    And the warmer holds 3 haddock
    And there is room for 5 more
    When 2 pieces of haddock are sold
    Then the warmer holds 1 haddock
    And there is room for 7 more

  Scenario: selling what is there
    Given the warmer holds 3 cod and 2 haddock
    When a piece of haddock is sold
    And 2 pieces of cod are sold
    Then the warmer holds 1 cod
    And the warmer holds 1 haddock
    When 2 pieces of haddock are sold
    Then the server says "only 1 haddock left"
    And the warmer holds 1 haddock
    When a piece of cod is sold
    Then the warmer holds 0 cod

  Scenario: a full warmer
    Given the warmer holds 6 cod and 4 haddock
    When 3 pieces of cod are fried
    Then the server says "there is only room for 2 more"
    And the warmer holds 6 cod
    When 2 pieces of haddock are fried
    Then the warmer holds 6 haddock
    And there is room for 0 more

  Scenario: nothing ready
    Given the warmer is empty
    When a piece of cod is sold
    Then the server says "no cod is ready"
    When 5 pieces of haddock are fried
    And 5 pieces of haddock are sold
    Then the warmer holds 0 haddock
    When a piece of haddock is sold
    Then the server says "no haddock is ready"

  Scenario: cod runs short
    Given the warmer holds 2 cod and 6 haddock
    When 3 pieces of cod are sold
    Then the server says "only 2 cod left"
    When 3 pieces of cod are fried
    And 3 pieces of cod are sold
    Then the warmer holds 2 cod
    And there is room for 4 more
