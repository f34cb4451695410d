Feature: Air conditioner remote

  Scenario: switching on and going round the modes
    Given the air conditioner is off, set to "cool" at 22 degrees
    Then the display reads "off"
    When the power button is pressed
    Then the display reads "cool 22"
    When the mode button is pressed
    Then the display reads "dry 22"
    When the mode button is pressed
    Then the display reads "fan"
    When the mode button is pressed
    Then the display reads "heat 22"
    When the mode button is pressed
    Then the display reads "cool 22"

  Scenario: warmer and cooler
    Given the air conditioner is off, set to "heat" at 20 degrees
    When the power button is pressed
    And the temperature is turned up by 3
    Then the display reads "heat 23"
    When the temperature is turned down by 5
    Then the display reads "heat 18"
    When the power button is pressed
    Then the display reads "off"
    When the power button is pressed
    Then the display reads "heat 18"

  Scenario: the ends of the range
    Given the air conditioner is off, set to "cool" at 28 degrees
    When the power button is pressed
    And the temperature is turned up by 3
    Then the remote beeps "the highest setting is 30"
    And the display reads "cool 28"
    When the temperature is turned up by 2
    Then the display reads "cool 30"
    When the temperature is turned down by 14
    Then the display reads "cool 16"
    When the temperature is turned down by 2
    Then the remote beeps "the lowest setting is 16"
    And the display reads "cool 16"

  Scenario: fan mode and a unit that is off
    Given the air conditioner is off, set to "dry" at 24 degrees
    When the mode button is pressed
    Then the remote beeps "the unit is off"
    When the temperature is turned up by 2
    Then the remote beeps "the unit is off"
    And the display reads "off"
    When the power button is pressed
    Then the display reads "dry 24"
    When the mode button is pressed
    Then the display reads "fan"
    When the temperature is turned down by 3
    Then the remote beeps "fan mode has no temperature"
    When the temperature is turned up by 2
    Then the remote beeps "fan mode has no temperature"
    And the display reads "fan"
    When the mode button is pressed
    Then the display reads "heat 24"
