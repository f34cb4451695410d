Feature: Desk fan

  Scenario: round the speeds while swinging
    Given the fan is on speed 1
    When the speed button is pressed
    And the swing button is pressed
    And the speed button is pressed
    Then the fan shows "speed 3, swinging"
    When the speed button is pressed
    Then the fan shows "speed 1, swinging"

  Scenario: off twice
    Given the fan is on speed 2
    When the off button is pressed
    Then the fan shows "off"
    When the off button is pressed
    Then the press is refused with "the fan is already off"
    When the speed button is pressed
    And the speed button is pressed
    Then the fan shows "speed 2"

  Scenario: swing refused after switching off
    Given the fan is off
    When the speed button is pressed
    And the swing button is pressed
    And the off button is pressed
    And the swing button is pressed
    Then the press is refused with "the fan is off"
    When the speed button is pressed
    Then the fan shows "speed 1"
