Feature: Rear bike light
  The light has one button. Holding it down turns the light on or off, and the light always
  comes on in steady mode. A short press while it is on moves to the next mode: steady,
  flashing, pulse, then back to steady. A short press while it is off does nothing.

  Scenario: switching on
    Given the rear light is off
    When the button is held down
    Then the light shows "steady"

  Scenario: going through the modes
    Given the rear light is off
    When the button is held down
    And the button is pressed briefly
    Then the light shows "flashing"
    When the button is pressed briefly
    Then the light shows "pulse"
    When the button is pressed briefly
    Then the light shows "steady"

  Scenario: off and on again starts steady
    Given the rear light is off
    When the button is held down
    And the button is pressed briefly
    And the button is pressed briefly
    And the button is held down
    Then the light shows "off"
    When the button is held down
    Then the light shows "steady"

  Scenario: a short press while off
    Given the rear light is off
    When the button is pressed briefly
    Then the light shows "off"
