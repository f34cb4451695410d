Feature: Skipping rope counter

  Scenario: counting skips
    Given a new skipping counter
    When 12 skips are counted
    And 30 skips are counted
    Then the current run is 42
    And the best run is 42

  Scenario: the rope catches
    Given a new skipping counter
    When 40 skips are counted
    And the rope catches
    Then the current run is 0
    And the best run is 40
    When 15 skips are counted
    Then the current run is 15
    And the best run is 40

  Scenario: beating the best
    Given a new skipping counter
    When 20 skips are counted
    And the rope catches
    And 35 skips are counted
    Then the current run is 35
    And the best run is 35

  Scenario: a short run after a long one
    Given a new skipping counter
    When 30 skips are counted
    And the rope catches
    And 25 skips are counted
    And the rope catches
    Then the best run is 30
    And the current run is 0

  Scenario: clearing the counter
    Given a new skipping counter
    When 50 skips are counted
    And the rope catches
    And 10 skips are counted
    And the counter is cleared
    Then the current run is 0
    And the best run is 0
