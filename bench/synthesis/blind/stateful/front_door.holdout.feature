Feature: Front door
  The door is open, closed or locked. It can only be locked when it is closed, and a locked door must be unlocked before it opens.

  Scenario: locked and unlocked again
    Given the door starts open
    When I close the door
    And I lock the door
    And I unlock the door
    Then the door is now closed

  Scenario: forgetting the key
    Given the door starts closed
    When I open the door
    And I close the door
    And I lock the door
    And I open the door
    Then I am told "the door is locked"

  Scenario: trying to lock while it is open
    Given the door starts locked
    When I unlock the door
    And I open the door
    And I lock the door
    Then I am told "close the door first"
    And the door is now open
