Feature: Office lift
  The building has floors 0 to 10. The lift keeps count of how many floors it has travelled.

  Scenario: going up
    Given the lift is waiting at floor 0
    When a passenger presses floor 6
    Then the lift is at floor 6

  Scenario: up and back down
    Given the lift is waiting at floor 0
    When a passenger presses floor 6
    And a passenger presses floor 2
    Then the lift is at floor 2
    And the lift has travelled 10 floors in total

  Scenario: a floor that does not exist
    Given the lift is waiting at floor 4
    When a passenger presses floor 12
    Then the panel shows "no such floor"
    And the lift is at floor 4

  Scenario: pressing the floor you are on
    Given the lift is waiting at floor 3
    When a passenger presses floor 3
    Then the lift has travelled 0 floors in total
