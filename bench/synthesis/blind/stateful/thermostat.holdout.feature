Feature: Thermostat
  The set temperature can be turned up and down, but never below 5 or above 30 degrees.

  Scenario: already at the top
    Given the thermostat is set to 30 degrees
    When the dial is turned up by 1 degrees
    And the dial is turned down by 1 degrees
    Then the display shows 29 degrees

  Scenario: from the bottom up again
    Given the thermostat is set to 5 degrees
    When the dial is turned down by 3 degrees
    And the dial is turned up by 10 degrees
    Then the display shows 15 degrees

  Scenario: exactly to the top
    Given the thermostat is set to 18 degrees
    When the dial is turned up by 12 degrees
    Then the display shows 30 degrees

  Scenario: far down and back a bit
    Given the thermostat is set to 12 degrees
    When the dial is turned down by 20 degrees
    And the dial is turned up by 2 degrees
    Then the display shows 7 degrees
