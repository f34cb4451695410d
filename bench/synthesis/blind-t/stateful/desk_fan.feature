Feature: Desk fan

  Scenario: pressing the speed button
    Given the fan is off
    When the speed button is pressed
    Then the fan shows "speed 1"
    When the speed button is pressed
    And the speed button is pressed
    Then the fan shows "speed 3"
    When the speed button is pressed
    Then the fan shows "speed 1"

  Scenario: swinging from side to side
    Given the fan is on speed 2
    When the swing button is pressed
    Then the fan shows "speed 2, swinging"
    When the speed button is pressed
    Then the fan shows "speed 3, swinging"
    When the swing button is pressed
    Then the fan shows "speed 3"

  Scenario: switching off forgets the swing
    Given the fan is on speed 3
    When the swing button is pressed
    And the off button is pressed
    Then the fan shows "off"
    When the speed button is pressed
    Then the fan shows "speed 1"

  Scenario: buttons that do nothing while off
    Given the fan is off
    When the swing button is pressed
    Then the press is refused with "the fan is off"
    When the off button is pressed
    Then the press is refused with "the fan is already off"
    And the fan shows "off"
