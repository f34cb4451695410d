Feature: Runway holding queue
  Departing aircraft wait at the holding point in the order they reach it.
  The tower clears the first one in the queue for take-off. An aircraft with
  a medical case on board may be moved to the front of the queue, and an
  aircraft can leave the queue to go back to its stand. While the runway is
  closed, aircraft can still join the queue but nobody is cleared.

  Scenario: aircraft take off in the order they arrive
    Given the runway is open and no aircraft is holding
    When "EZY12" reaches the holding point
    And "BAW7" reaches the holding point
    And "RYR3" reaches the holding point
    And the first aircraft in the queue is cleared for take-off
    Then the last aircraft to take off is "EZY12"
    And the holding queue is "BAW7, RYR3"
    And the take-offs so far are 1

  Scenario: a medical flight goes to the front
    Given the runway is open and no aircraft is holding
    When "EZY12" reaches the holding point
    And "BAW7" reaches the holding point
    And "LOG41" reaches the holding point
    And "LOG41" is moved to the front of the queue
    Then the holding queue is "LOG41, EZY12, BAW7"
    When the first aircraft in the queue is cleared for take-off
    And the first aircraft in the queue is cleared for take-off
    Then the last aircraft to take off is "EZY12"
    And the holding queue is "BAW7"
    And the take-offs so far are 2

  Scenario: nobody is cleared while the runway is closed
    Given the runway is closed and no aircraft is holding
    When "EZY12" reaches the holding point
    And the first aircraft in the queue is cleared for take-off
    Then the tower replies "the runway is closed"
    And the holding queue is "EZY12"
    When the runway is reopened
    And the first aircraft in the queue is cleared for take-off
    Then the last aircraft to take off is "EZY12"
    And the holding queue is "empty"

  Scenario: an empty queue and an aircraft that is already holding
    Given the runway is open and no aircraft is holding
    When the first aircraft in the queue is cleared for take-off
    Then the tower replies "no aircraft is holding"
    And the last aircraft to take off is "none"
    When "BAW7" reaches the holding point
    And "BAW7" reaches the holding point
    Then the tower replies "BAW7 is already holding"
    And the holding queue is "BAW7"

  Scenario: leaving the queue for the stand
    Given the runway is open and no aircraft is holding
    When "EZY12" reaches the holding point
    And "RYR3" reaches the holding point
    And "RYR3" goes back to its stand
    Then the holding queue is "EZY12"
    When "RYR3" is moved to the front of the queue
    Then the tower replies "RYR3 is not holding"
    When the runway is closed
    And "EZY12" goes back to its stand
    Then the holding queue is "empty"
    And the take-offs so far are 0
