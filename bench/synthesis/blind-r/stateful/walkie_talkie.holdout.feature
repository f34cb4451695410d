Feature: Walkie-talkie

  Scenario: a full lap of the channels
    Given the radio is switched on at channel 8
    When the channel up button is pressed
    Then the display shows channel 1
    When the channel up button is pressed
    And the channel up button is pressed
    And the channel up button is pressed
    Then the display shows channel 4

  Scenario: switching on and off again
    Given the radio is switched off at channel 1
    When the power button is pressed
    And the channel down button is pressed
    Then the display shows channel 8
    When the power button is pressed
    Then the display is blank
    When the channel down button is pressed
    Then the button press is refused with "the radio is off"

  Scenario: locked in the pocket
    Given the radio is switched on at channel 5
    When the keypad is locked
    And the channel down button is pressed
    Then the button press is refused with "the keypad is locked"
    When the keypad is unlocked
    And the channel down button is pressed
    And the channel down button is pressed
    Then the display shows channel 3
