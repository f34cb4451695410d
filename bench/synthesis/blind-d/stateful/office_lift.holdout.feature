Feature: Office lift

  Scenario: a busy morning in a tall building
    Given a lift at floor 10 in a building with floors 0 to 20
    When the lift is called to floor 20
    And the lift is called to floor 0
    And the lift is called to floor 15
    Then the lift is at floor 15
    And the lift has travelled 45 floors

  Scenario: a refused call does not move the lift
    Given a lift at floor 3 in a building with floors 0 to 4
    When the lift is called to floor 5
    Then the call is refused with "there is no floor 5"
    When the lift is called to floor 0
    Then the lift is at floor 0
    And the lift has travelled 3 floors

  Scenario: top floor, then a basement that does not exist
    Given a lift at floor 0 in a building with floors 0 to 3
    When the lift is called to floor 3
    And the lift is called to floor -2
    Then the call is refused with "there is no floor -2"
    And the lift is at floor 3
    And the lift has travelled 3 floors
