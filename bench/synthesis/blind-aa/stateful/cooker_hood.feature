Feature: Cooker hood buttons
  The fan has three speeds and the light works on its own. The off button stops the fan
  and leaves the light as it is.

  Scenario: turning the fan up
    Given the hood is off with the light off
    When the plus button is pressed
    And the plus button is pressed
    Then the fan display shows "2"
    And the light is on: no

  Scenario: full speed
    Given the hood is off with the light off
    When the plus button is pressed
    And the plus button is pressed
    And the plus button is pressed
    Then the fan display shows "3"
    When the plus button is pressed
    Then the hood beeps "the fan is already on full"
    And the fan display shows "3"
    When the minus button is pressed
    Then the fan display shows "2"

  Scenario: the light on its own
    Given the hood is off with the light off
    When the light button is pressed
    Then the light is on: yes
    And the fan display shows "off"
    When the plus button is pressed
    And the off button is pressed
    Then the fan display shows "off"
    And the light is on: yes
    When the light button is pressed
    Then the light is on: no

  Scenario: turning the fan down to off
    Given the hood is off with the light off
    When the plus button is pressed
    And the minus button is pressed
    Then the fan display shows "off"
    When the minus button is pressed
    Then the hood beeps "the fan is already off"
