Feature: Office lift

  Scenario: a tall building
    Given a lift at floor 10 in a building with floors 0 to 12
    When the lift is called to floor 12
    And the lift is called to floor 1
    And the lift is called to floor 13
    Then the call is refused with "no such floor"
    And the lift is at floor 1
    And the lift has travelled 13 floors

  Scenario: a small building
    Given a lift at floor 0 in a building with floors 0 to 3
    When the lift is called to floor 3
    And the lift is called to floor 3
    And the lift is called to floor 0
    Then the lift has travelled 6 floors
    When the lift is called to floor 4
    Then the call is refused with "no such floor"
    And the lift is at floor 0
