Feature: Walkie-talkie

  Scenario: stepping up and down
    Given the radio is switched on at channel 3
    When the channel up button is pressed
    And the channel up button is pressed
    Then the display shows channel 5
    When the channel down button is pressed
    Then the display shows channel 4

  Scenario: going round past the top
    Given the radio is switched on at channel 7
    When the channel up button is pressed
    And the channel up button is pressed
    Then the display shows channel 1
    When the channel down button is pressed
    Then the display shows channel 8

  Scenario: a locked keypad
    Given the radio is switched on at channel 2
    When the keypad is locked
    And the channel up button is pressed
    Then the button press is refused with "the keypad is locked"
    When the keypad is unlocked
    And the channel up button is pressed
    Then the display shows channel 3

  Scenario: a radio that is off
    Given the radio is switched off at channel 6
    When the channel up button is pressed
    Then the button press is refused with "the radio is off"
    When the power button is pressed
    Then the display shows channel 6
    When the power button is pressed
    Then the display is blank

  Scenario: going round past the bottom
    Given the radio is switched on at channel 1
    When the channel down button is pressed
    Then the display shows channel 8
    When the channel down button is pressed
    And the channel down button is pressed
    Then the display shows channel 6
    When the keypad is locked
    And the channel down button is pressed
    Then the button press is refused with "the keypad is locked"
