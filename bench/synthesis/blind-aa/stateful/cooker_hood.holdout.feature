Feature: Cooker hood buttons
  The fan has three speeds and the light works on its own. The off button stops the fan
  and leaves the light as it is.

  Scenario: off from full and up again
    Given the hood is off with the light off
    When the plus button is pressed
    And the plus button is pressed
    And the plus button is pressed
    And the off button is pressed
    And the plus button is pressed
    Then the fan display shows "1"
    And the light is on: no

  Scenario: down past off with the light on
    Given the hood is off with the light off
    When the light button is pressed
    And the plus button is pressed
    And the plus button is pressed
    And the minus button is pressed
    And the minus button is pressed
    Then the fan display shows "off"
    And the light is on: yes
    When the minus button is pressed
    Then the hood beeps "the fan is already off"

  Scenario: up and down and the light three times
    Given the hood is off with the light off
    When the plus button is pressed
    And the plus button is pressed
    And the plus button is pressed
    And the minus button is pressed
    And the plus button is pressed
    And the plus button is pressed
    Then the hood beeps "the fan is already on full"
    When the light button is pressed
    And the light button is pressed
    And the light button is pressed
    Then the light is on: yes
    And the fan display shows "3"
