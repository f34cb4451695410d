Feature: Bike-share dock

  Scenario: a morning rush and one return
    Given a dock with 8 slots
    And the dock holds 6 bikes
    When a rider unlocks a bike
    And a rider unlocks a bike
    And a rider unlocks a bike
    And a rider returns a bike
    Then the dock holds 4 bikes
    And free slots: 4

  Scenario: filling the last slot and one more
    Given a dock with 3 slots
    And the dock holds 2 bikes
    When a rider returns a bike
    And a rider returns a bike
    Then the rider is told "the dock is full"
    And the dock holds 3 bikes

  Scenario: emptying the dock
    Given a dock with 6 slots
    And the dock holds 2 bikes
    When a rider unlocks a bike
    And a rider unlocks a bike
    And a rider unlocks a bike
    Then the rider is told "no bike to unlock"
    And free slots: 6
