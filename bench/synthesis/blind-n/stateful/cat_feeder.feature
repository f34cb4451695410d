Feature: Cat feeder

  Scenario: one meal
    Given the feeder holds 4 portions
    When the feeder serves a meal
    Then the feeder holds 3 portions

  Scenario: running out
    Given the feeder holds 2 portions
    When the feeder serves a meal
    And the feeder serves a meal
    And the feeder serves a meal
    Then the feeder flashes "empty"
    And the feeder holds 0 portions

  Scenario: refilling
    Given the feeder holds 2 portions
    When I refill the feeder
    Then the feeder holds 6 portions

  Scenario: one portion left
    Given the feeder holds 2 portions
    When the feeder serves a meal
    Then the feeder holds 1 portion

  Scenario: topping up a nearly full feeder
    Given the feeder holds 5 portions
    When I refill the feeder
    Then the feeder holds 6 portions
