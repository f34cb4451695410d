Feature: Room thermostat
  The target temperature goes up or down in steps of 0.5 degrees and stays
  between 5.0 and 30.0 degrees: a step past a limit is refused with "already at
  maximum" or "already at minimum". A temperature can also be set directly;
  anything outside 5.0 to 30.0 is refused with "out of range".

  Scenario: one step up
    Given a thermostat set to 20.0 degrees
    When the temperature is turned up
    Then the target is 20.5 degrees

  Scenario: the top limit
    Given a thermostat set to 29.5 degrees
    When the temperature is turned up
    Then the target is 30.0 degrees
    When the temperature is turned up
    Then it is refused with "already at maximum"
    And the target is 30.0 degrees

  Scenario: the bottom limit
    Given a thermostat set to 5.5 degrees
    When the temperature is turned down
    And the temperature is turned down
    Then it is refused with "already at minimum"
    And the target is 5.0 degrees

  Scenario: setting the temperature directly
    Given a thermostat set to 18.0 degrees
    When the temperature is set to 22.5 degrees
    Then the target is 22.5 degrees
    When the temperature is set to 31.0 degrees
    Then it is refused with "out of range"
    And the target is 22.5 degrees
    When the temperature is turned down
    Then the target is 22.0 degrees

  Scenario: the lowest setting
    Given a thermostat set to 21.0 degrees
    When the temperature is set to 5.0 degrees
    Then the target is 5.0 degrees
    When the temperature is set to 4.5 degrees
    Then it is refused with "out of range"
