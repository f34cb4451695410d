Feature: Fairy lights controller
  Each press of the button moves to the next pattern: steady, twinkle, slow fade, chase, and then
  off. A press while the lights are off turns them on at steady. Holding the button down turns
  the lights off from any pattern.

  Scenario: from slow fade back to steady
    Given the controller is at "slow fade"
    When the button is pressed
    And the button is pressed
    And the button is pressed
    Then the controller is at "steady"

  Scenario: holding twice
    Given the controller is at "steady"
    When the button is held down
    Then the controller is at "off"
    When the button is held down
    Then the controller flashes "the lights are already off"

  Scenario: four presses then off
    Given the controller is at "off"
    When the button is pressed
    And the button is pressed
    And the button is pressed
    And the button is pressed
    Then the controller is at "chase"
    When the button is held down
    Then the controller is at "off"
