Feature: Room thermostat
  The target temperature goes up or down in steps of 0.5 degrees and stays
  between 5.0 and 30.0 degrees: a step past a limit is refused with "already at
  maximum" or "already at minimum". A temperature can also be set directly;
  anything outside 5.0 to 30.0 is refused with "out of range".

  Scenario: up and down
    Given a thermostat set to 16.5 degrees
    When the temperature is turned down
    And the temperature is turned down
    And the temperature is turned up
    Then the target is 16.0 degrees
    When the temperature is set to 30.0 degrees
    And the temperature is turned up
    Then it is refused with "already at maximum"
    And the target is 30.0 degrees

  Scenario: down to the minimum
    Given a thermostat set to 12.0 degrees
    When the temperature is set to 2.0 degrees
    Then it is refused with "out of range"
    And the target is 12.0 degrees
    When the temperature is set to 6.0 degrees
    And the temperature is turned down
    And the temperature is turned down
    And the temperature is turned down
    Then it is refused with "already at minimum"
    And the target is 5.0 degrees
