Feature: Runway holding queue
  Departing aircraft wait at the holding point in the order they reach it.
  The tower clears the first one in the queue for take-off. An aircraft with
  a medical case on board may be moved to the front of the queue, and an
  aircraft can leave the queue to go back to its stand. While the runway is
  closed, aircraft can still join the queue but nobody is cleared.

  Scenario: a medical flight waits for the runway to reopen
    Given the runway is closed and no aircraft is holding
    When "TOM55" reaches the holding point
    And "EXS9" reaches the holding point
    And "LOG2" reaches the holding point
    And "EXS9" is moved to the front of the queue
    And the runway is reopened
    And the first aircraft in the queue is cleared for take-off
    Then the last aircraft to take off is "EXS9"
    And the holding queue is "TOM55, LOG2"
    And the take-offs so far are 1

  Scenario: the queue runs dry
    Given the runway is open and no aircraft is holding
    When "EZY12" reaches the holding point
    And "BAW7" reaches the holding point
    And "RYR3" reaches the holding point
    And "BAW7" goes back to its stand
    And the first aircraft in the queue is cleared for take-off
    And the first aircraft in the queue is cleared for take-off
    And the first aircraft in the queue is cleared for take-off
    Then the tower replies "no aircraft is holding"
    And the last aircraft to take off is "RYR3"
    And the take-offs so far are 2

  Scenario: a closed runway and an aircraft back at its stand
    Given the runway is open and no aircraft is holding
    When "TOM55" reaches the holding point
    And "EXS9" reaches the holding point
    And the runway is closed
    And the first aircraft in the queue is cleared for take-off
    Then the tower replies "the runway is closed"
    When "TOM55" goes back to its stand
    And "TOM55" is moved to the front of the queue
    Then the tower replies "TOM55 is not holding"
    When "TOM55" reaches the holding point
    And "EXS9" reaches the holding point
    Then the tower replies "EXS9 is already holding"
    And the holding queue is "EXS9, TOM55"
