Feature: Ferry car deck
  The sign at the ramp counts the free lanes; when none is left the next car is turned away.

  Scenario: a car boards
    Given a ferry with 12 free lanes
    When a car boards
    Then the ramp sign shows 11 free lanes

  Scenario: boarding and leaving
    Given a ferry with 12 free lanes
    When a car boards
    And a car boards
    And a car drives off
    Then the ramp sign shows 11 free lanes

  Scenario: cars booked in advance
    Given a ferry with 12 free lanes
    And 5 lanes are booked in advance
    When a car boards
    Then the ramp sign shows 6 free lanes

  Scenario: turned away when the deck is full
    Given a ferry with 2 free lanes
    When a car boards
    And a car boards
    And a car boards
    Then the ramp sign shows 0 free lanes

  Scenario: a lane frees up
    Given a ferry with 1 free lanes
    When a car boards
    And a car drives off
    And a car boards
    Then the ramp sign shows 0 free lanes
