Feature: Escalator
  The escalator runs up or down and must be stopped before it changes direction. After the
  emergency button has been pressed it stays stopped until an engineer resets it.

  Scenario: changing direction
    Given the escalator is running "up"
    When the escalator is stopped
    And the escalator is started "down"
    Then the escalator shows "down"

  Scenario: no turning while it runs
    Given the escalator is running "up"
    When the escalator is started "down"
    Then the panel says "stop the escalator first"
    And the escalator shows "up"

  Scenario: the emergency button
    Given the escalator is running "down"
    When the emergency button is pressed
    Then the escalator shows "emergency stop"
    When the escalator is started "down"
    Then the panel says "reset the escalator first"
    When the engineer resets the escalator
    Then the escalator shows "stopped"
    When the escalator is started "up"
    Then the escalator shows "up"

  Scenario: a reset with nothing to reset
    Given the escalator is standing still
    When the engineer resets the escalator
    Then the panel says "there is nothing to reset"
    When the escalator is started "up"
    And the emergency button is pressed
    And the engineer resets the escalator
    Then the escalator shows "stopped"
