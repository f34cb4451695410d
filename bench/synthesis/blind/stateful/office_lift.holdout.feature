Feature: Office lift
  The building has floors 0 to 10. The lift keeps count of how many floors it has travelled.

  Scenario: top to bottom and back
    Given the lift is waiting at floor 10
    When a passenger presses floor 0
    And a passenger presses floor 10
    Then the lift has travelled 20 floors in total
    And the lift is at floor 10

  Scenario: a wrong button then a right one
    Given the lift is waiting at floor 0
    When a passenger presses floor 11
    And a passenger presses floor 5
    Then the lift is at floor 5
    And the lift has travelled 5 floors in total

  Scenario: there is no basement
    Given the lift is waiting at floor 7
    When a passenger presses floor -1
    Then the panel shows "no such floor"
    And the lift is at floor 7
