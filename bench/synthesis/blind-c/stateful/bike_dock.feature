Feature: Bike-share dock

  Scenario: unlocking a bike
    Given a dock with 5 slots
    And the dock holds 3 bikes
    When a rider unlocks a bike
    Then the dock holds 2 bikes
    And free slots: 3

  Scenario: returning bikes until the dock is full
    Given a dock with 5 slots
    And the dock holds 3 bikes
    When a rider returns a bike
    And a rider returns a bike
    Then the dock holds 5 bikes
    And free slots: 0

  Scenario: an empty dock
    Given a dock with 4 slots
    And the dock holds 0 bikes
    When a rider unlocks a bike
    Then the rider is told "no bike to unlock"
    And the dock holds 0 bikes

  Scenario: a full dock
    Given a dock with 4 slots
    And the dock holds 4 bikes
    When a rider returns a bike
    Then the rider is told "the dock is full"
    And the dock holds 4 bikes
