Feature: Office lift

  Scenario: going up
    Given a lift at floor 0 in a building with floors 0 to 10
    When the lift is called to floor 5
    Then the lift is at floor 5
    And the lift has travelled 5 floors

  Scenario: up and down again
    Given a lift at floor 0 in a building with floors 0 to 10
    When the lift is called to floor 7
    And the lift is called to floor 3
    Then the lift is at floor 3
    And the lift has travelled 11 floors

  Scenario: a floor above the top
    Given a lift at floor 2 in a building with floors 0 to 8
    When the lift is called to floor 9
    Then the call is refused with "there is no floor 9"
    And the lift is at floor 2
    And the lift has travelled 0 floors

  Scenario: called to where it already is, then to the top and the bottom
    Given a lift at floor 4 in a building with floors 0 to 6
    When the lift is called to floor 4
    Then the lift has travelled 0 floors
    When the lift is called to floor 6
    And the lift is called to floor 0
    Then the lift is at floor 0
    And the lift has travelled 8 floors

  Scenario: a floor below the bottom
    Given a lift at floor 1 in a building with floors 0 to 5
    When the lift is called to floor -1
    Then the call is refused with "there is no floor -1"
    And the lift is at floor 1
