Feature: Goods lift
  The lift serves floors 0 to 8; a call to any other floor is refused and the lift stays where it is. The lift counts the floors it has travelled, up or down.

  Scenario: a morning of deliveries
    Given the lift is waiting at floor 4
    When the lift is called to floor 8
    And the lift is called to floor 2
    And the lift is called to floor 3
    Then the lift is at floor 3
    And the lift has travelled 11 floors

  Scenario: a call below the ground floor
    Given the lift is waiting at floor 2
    When the lift is called to floor -1
    Then the call is refused with "there is no floor -1"
    And the lift is at floor 2
    And the lift has travelled 0 floors

  Scenario: refused after a trip
    Given the lift is waiting at floor 0
    When the lift is called to floor 8
    And the lift is called to floor 12
    Then the call is refused with "there is no floor 12"
    And the lift is at floor 8
    And the lift has travelled 8 floors
