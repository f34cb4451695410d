Feature: Ferry car deck

  Scenario: fully booked
    Given a ferry with 4 free lanes
    And 4 lanes are booked in advance
    When a car boards
    And a car drives off
    Then the ramp sign shows 1 free lanes

  Scenario: a busy crossing
    Given a ferry with 30 free lanes
    And 10 lanes are booked in advance
    When a car boards
    And a car boards
    And a car boards
    Then the ramp sign shows 17 free lanes

  Scenario: more cars than lanes
    Given a ferry with 1 free lanes
    When a car boards
    And a car boards
    And a car drives off
    Then the ramp sign shows 1 free lanes
