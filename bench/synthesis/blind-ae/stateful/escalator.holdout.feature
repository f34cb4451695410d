Feature: Escalator
  The escalator runs up or down and must be stopped before it changes direction. After the
  emergency button has been pressed it stays stopped until an engineer resets it.

  Scenario: down and then up
    Given the escalator is standing still
    When the escalator is started "down"
    And the escalator is stopped
    And the escalator is started "up"
    Then the escalator shows "up"

  Scenario: two refusals in a row
    Given the escalator is running "down"
    When the escalator is started "up"
    Then the panel says "stop the escalator first"
    When the emergency button is pressed
    And the escalator is started "up"
    Then the panel says "reset the escalator first"
    And the escalator shows "emergency stop"

  Scenario: a reset too early
    Given the escalator is running "up"
    When the engineer resets the escalator
    Then the panel says "there is nothing to reset"
    When the emergency button is pressed
    And the engineer resets the escalator
    And the escalator is started "down"
    Then the escalator shows "down"
