Feature: Air purifier controls
  The power button turns the purifier on in auto mode, or turns it off. The mode button
  steps from auto to night to turbo and back to auto.

  Scenario: from night round to auto and off
    Given the purifier is on in "night" mode
    When the mode button is pressed
    Then the display reads "turbo"
    When the mode button is pressed
    Then the display reads "auto"
    When the power button is pressed
    Then the display reads "off"

  Scenario: switched off again before changing mode
    Given the purifier is off
    When the power button is pressed
    And the mode button is pressed
    And the mode button is pressed
    And the power button is pressed
    And the mode button is pressed
    Then the purifier beeps "press power first"
    And the display reads "off"

  Scenario: night mode is not kept either
    Given the purifier is on in "turbo" mode
    When the mode button is pressed
    And the mode button is pressed
    Then the display reads "night"
    When the power button is pressed
    And the power button is pressed
    Then the display reads "auto"
