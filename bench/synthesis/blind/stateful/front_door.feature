Feature: Front door
  The door is open, closed or locked. It can only be locked when it is closed, and a locked door must be unlocked before it opens.

  Scenario: locking a closed door
    Given the door starts closed
    When I lock the door
    Then the door is now locked

  Scenario: a locked door will not open
    Given the door starts locked
    When I open the door
    Then I am told "the door is locked"
    And the door is now locked

  Scenario: an open door cannot be locked
    Given the door starts open
    When I lock the door
    Then I am told "close the door first"
    And the door is now open

  Scenario: unlocking and going out
    Given the door starts locked
    When I unlock the door
    And I open the door
    Then the door is now open

  Scenario: closing up for the night
    Given the door starts open
    When I close the door
    And I lock the door
    Then the door is now locked
