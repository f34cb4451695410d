Feature: Rear bike light
  The light has one button. Holding it down turns the light on or off, and the light always
  comes on in steady mode. A short press while it is on moves to the next mode: steady,
  flashing, pulse, then back to steady. A short press while it is off does nothing.

  Scenario: round the modes and on one more
    Given the rear light is off
    When the button is held down
    And the button is pressed briefly
    And the button is pressed briefly
    And the button is pressed briefly
    And the button is pressed briefly
    Then the light shows "flashing"

  Scenario: on, off, then a short press
    Given the rear light is off
    When the button is held down
    And the button is held down
    And the button is pressed briefly
    Then the light shows "off"

  Scenario: back on after a short ride
    Given the rear light is off
    When the button is held down
    And the button is pressed briefly
    And the button is held down
    And the button is held down
    And the button is pressed briefly
    And the button is pressed briefly
    Then the light shows "pulse"
