Feature: Air conditioner remote

  Scenario: from dry round to heat
    Given the air conditioner is off, set to "dry" at 25 degrees
    When the power button is pressed
    And the mode button is pressed
    Then the display reads "fan"
    When the mode button is pressed
    Then the display reads "heat 25"
    When the temperature is turned down by 4
    Then the display reads "heat 21"

  Scenario: the bottom of the range and switching off
    Given the air conditioner is off, set to "heat" at 17 degrees
    When the power button is pressed
    And the temperature is turned down by 2
    Then the remote beeps "the lowest setting is 16"
    When the temperature is turned down by 1
    Then the display reads "heat 16"
    When the power button is pressed
    And the temperature is turned up by 4
    Then the remote beeps "the unit is off"
    And the display reads "off"

  Scenario: all the way up and then the fan
    Given the air conditioner is off, set to "cool" at 16 degrees
    When the power button is pressed
    And the temperature is turned up by 14
    Then the display reads "cool 30"
    When the mode button is pressed
    And the mode button is pressed
    Then the display reads "fan"
    When the temperature is turned down by 3
    Then the remote beeps "fan mode has no temperature"
    When the power button is pressed
    And the power button is pressed
    Then the display reads "fan"
