Feature: Heated seat
  The seat heater only works while the engine is running. Each press of the button goes
  from off to high, then medium, then low, then off again. Switching the engine off turns
  the heater off.

  Scenario: five presses
    Given the engine is running
    When the driver presses the seat heater button
    And the driver presses the seat heater button
    And the driver presses the seat heater button
    And the driver presses the seat heater button
    And the driver presses the seat heater button
    Then the seat heater shows "high"

  Scenario: starting up before pressing
    Given the engine is off
    When the engine is started
    And the driver presses the seat heater button
    And the driver presses the seat heater button
    Then the seat heater shows "medium"

  Scenario: pressing after the engine goes off
    Given the engine is running
    When the driver presses the seat heater button
    And the driver presses the seat heater button
    And the driver presses the seat heater button
    And the driver presses the seat heater button
    Then the seat heater shows "off"
    When the engine is switched off
    And the driver presses the seat heater button
    Then the dashboard says "start the engine first"
    And the seat heater shows "off"
