Feature: Air purifier controls
  The power button turns the purifier on in auto mode, or turns it off. The mode button
  steps from auto to night to turbo and back to auto.

  Scenario: switching on
    Given the purifier is off
    When the power button is pressed
    Then the display reads "auto"
    When the mode button is pressed
    Then the display reads "night"

  Scenario: going round the modes
    Given the purifier is on in "auto" mode
    When the mode button is pressed
    And the mode button is pressed
    Then the display reads "turbo"
    When the mode button is pressed
    Then the display reads "auto"

  Scenario: it does not remember turbo
    Given the purifier is on in "turbo" mode
    When the power button is pressed
    Then the display reads "off"
    When the power button is pressed
    Then the display reads "auto"

  Scenario: the mode button while it is off
    Given the purifier is off
    When the mode button is pressed
    Then the purifier beeps "press power first"
    And the display reads "off"
