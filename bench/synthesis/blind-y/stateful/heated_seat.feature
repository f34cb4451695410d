Feature: Heated seat
  The seat heater only works while the engine is running. Each press of the button goes
  from off to high, then medium, then low, then off again. Switching the engine off turns
  the heater off.

  Scenario: one press
    Given the engine is running
    When the driver presses the seat heater button
    Then the seat heater shows "high"

  Scenario: round all the settings
    Given the engine is running
    When the driver presses the seat heater button
    And the driver presses the seat heater button
    And the driver presses the seat heater button
    Then the seat heater shows "low"
    When the driver presses the seat heater button
    Then the seat heater shows "off"

  Scenario: engine not running
    Given the engine is off
    When the driver presses the seat heater button
    Then the dashboard says "start the engine first"
    And the seat heater shows "off"

  Scenario: switching the engine off
    Given the engine is running
    When the driver presses the seat heater button
    And the driver presses the seat heater button
    Then the seat heater shows "medium"
    When the engine is switched off
    Then the seat heater shows "off"
    When the engine is started
    Then the seat heater shows "off"
    When the driver presses the seat heater button
    Then the seat heater shows "high"
