Feature: Garage door remote
  The remote has one button. It opens a closed door and closes an open one. Pressed while the
  door is moving, it stops the door; pressed again, the door goes back the way it came.

  Scenario: open, then stopped on the way down
    Given the garage door is closed
    When the remote button is pressed
    And the door finishes moving
    And the remote button is pressed
    And the remote button is pressed
    Then the door is "stopped"
    When the remote button is pressed
    Then the door is "opening"

  Scenario: changing your mind twice
    Given the garage door is open
    When the remote button is pressed
    And the remote button is pressed
    And the remote button is pressed
    And the remote button is pressed
    And the remote button is pressed
    And the door finishes moving
    Then the door is "closed"

  Scenario: four presses from closed
    Given the garage door is closed
    When the remote button is pressed
    And the remote button is pressed
    And the remote button is pressed
    And the remote button is pressed
    Then the door is "stopped"
    When the remote button is pressed
    And the door finishes moving
    Then the door is "open"
