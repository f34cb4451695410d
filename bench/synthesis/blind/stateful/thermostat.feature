Feature: Thermostat
  The set temperature can be turned up and down, but never below 5 or above 30 degrees.

  Scenario: turning it up
    Given the thermostat is set to 20 degrees
    When the dial is turned up by 3 degrees
    Then the display shows 23 degrees

  Scenario: down and a little up
    Given the thermostat is set to 20 degrees
    When the dial is turned down by 4 degrees
    And the dial is turned up by 1 degrees
    Then the display shows 17 degrees

  Scenario: it stops at the top
    Given the thermostat is set to 28 degrees
    When the dial is turned up by 5 degrees
    Then the display shows 30 degrees

  Scenario: it stops at the bottom
    Given the thermostat is set to 7 degrees
    When the dial is turned down by 10 degrees
    Then the display shows 5 degrees
