Feature: Cat feeder

  Scenario: two meals
    Given the feeder holds 3 portions
    When the feeder serves a meal
    And the feeder serves a meal
    Then the feeder holds 1 portion

  Scenario: a top-up between meals
    Given the feeder holds 4 portions
    When the feeder serves a meal
    And I refill the feeder
    And the feeder serves a meal
    Then the feeder holds 5 portions

  Scenario: empty, then refilled
    Given the feeder holds 3 portions
    When the feeder serves a meal
    And the feeder serves a meal
    And the feeder serves a meal
    And the feeder serves a meal
    Then the feeder flashes "empty"
    When I refill the feeder
    And the feeder serves a meal
    Then the feeder holds 5 portions
