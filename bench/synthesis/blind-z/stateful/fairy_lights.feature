Feature: Fairy lights controller
  Each press of the button moves to the next pattern: steady, twinkle, slow fade, chase, and then
  off. A press while the lights are off turns them on at steady. Holding the button down turns
  the lights off from any pattern.

  Scenario: switching on
    Given the controller is at "off"
    When the button is pressed
    Then the controller is at "steady"

  Scenario: stepping through the patterns
    Given the controller is at "steady"
    When the button is pressed
    And the button is pressed
    Then the controller is at "slow fade"
    When the button is pressed
    Then the controller is at "chase"

  Scenario: round to the start
    Given the controller is at "chase"
    When the button is pressed
    Then the controller is at "off"
    When the button is pressed
    Then the controller is at "steady"

  Scenario: holding to switch off
    Given the controller is at "twinkle"
    When the button is held down
    Then the controller is at "off"

  Scenario: holding when already off
    Given the controller is at "off"
    When the button is held down
    Then the controller flashes "the lights are already off"
    And the controller is at "off"
