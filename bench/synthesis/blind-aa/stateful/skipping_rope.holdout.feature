Feature: Skipping rope counter

  Scenario: a long second run
    Given a new skipping counter
    When 60 skips are counted
    And the rope catches
    And 45 skips are counted
    And 20 skips are counted
    Then the current run is 65
    And the best run is 65

  Scenario: three short runs
    Given a new skipping counter
    When 8 skips are counted
    And the rope catches
    And 9 skips are counted
    And the rope catches
    And 7 skips are counted
    Then the best run is 9
    And the current run is 7

  Scenario: a fresh start after clearing
    Given a new skipping counter
    When 100 skips are counted
    And the counter is cleared
    And 14 skips are counted
    And the rope catches
    Then the best run is 14
    And the current run is 0
