Feature: Goods lift
  The lift serves floors 0 to 8; a call to any other floor is refused and the lift stays where it is. The lift counts the floors it has travelled, up or down.

  Scenario: going up
    Given the lift is waiting at floor 0
    When the lift is called to floor 5
    Then the lift is at floor 5
    And the lift has travelled 5 floors

  Scenario: up and then down
    Given the lift is waiting at floor 2
    When the lift is called to floor 7
    And the lift is called to floor 3
    Then the lift is at floor 3
    And the lift has travelled 9 floors

  Scenario: no such floor
    Given the lift is waiting at floor 4
    When the lift is called to floor 9
    Then the call is refused with "there is no floor 9"
    And the lift is at floor 4
    And the lift has travelled 0 floors

  Scenario: called to the floor it is on
    Given the lift is waiting at floor 6
    When the lift is called to floor 6
    Then the lift is at floor 6
    And the lift has travelled 0 floors
