Feature: Hot tub
  The thermostat can be set from 30 to 40 degrees. Each hour the heater warms the water by 3
  degrees, never past the setting; when the water is warmer than the setting it cools by 1
  degree an hour down to it. Nobody may get in while the water is below 35 degrees, and at
  most 4 people fit in the tub.

  Scenario: warming up
    Given the water is 28 degrees and the thermostat is set to 38
    When 2 hours pass
    Then the water is 34 degrees
    When someone gets in
    Then the tub says "the water is only 34 degrees"
    When 3 hours pass
    Then the water is 38 degrees

  Scenario: turning it down
    Given the water is 39 degrees and the thermostat is set to 39
    When the thermostat is set to 35
    And 2 hours pass
    Then the water is 37 degrees
    When 4 hours pass
    Then the water is 35 degrees

  Scenario: too cold to get in
    Given the water is 29 degrees and the thermostat is set to 40
    When the thermostat is set to 42
    Then the tub says "the thermostat goes from 30 to 40"
    When someone gets in
    Then the tub says "the water is only 29 degrees"
    When 2 hours pass
    And someone gets in
    Then the bather count is 1

  Scenario: a full tub
    Given the water is 37 degrees and the thermostat is set to 37
    When someone gets in
    And someone gets in
    And someone gets in
    And someone gets in
    And someone gets in
    Then the tub says "the tub is full"
    When someone gets out
    Then the bather count is 3
    When the thermostat is set to 28
    Then the tub says "the thermostat goes from 30 to 40"
