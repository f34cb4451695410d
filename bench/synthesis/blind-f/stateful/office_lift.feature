Feature: Office lift

  Scenario: one call
    Given a lift at floor 0 in a building with floors 0 to 10
    When the lift is called to floor 5
    Then the lift is at floor 5
    And the lift has travelled 5 floors

  Scenario: up and down
    Given a lift at floor 0 in a building with floors 0 to 10
    When the lift is called to floor 7
    And the lift is called to floor 2
    Then the lift is at floor 2
    And the lift has travelled 12 floors

  Scenario: above the top floor
    Given a lift at floor 3 in a building with floors 0 to 5
    When the lift is called to floor 6
    Then the call is refused with "no such floor"
    And the lift is at floor 3
    And the lift has travelled 0 floors

  Scenario: below the ground floor
    Given a lift at floor 4 in a building with floors 0 to 8
    When the lift is called to floor -1
    Then the call is refused with "no such floor"
    When the lift is called to floor 8
    And the lift is called to floor 0
    Then the lift has travelled 12 floors
    And the lift is at floor 0

  Scenario: already there
    Given a lift at floor 2 in a building with floors 0 to 4
    When the lift is called to floor 2
    Then the lift has travelled 0 floors
