Feature: Hot tub
  The thermostat can be set from 30 to 40 degrees. Each hour the heater warms the water by 3
  degrees, never past the setting; when the water is warmer than the setting it cools by 1
  degree an hour down to it. Nobody may get in while the water is below 35 degrees, and at
  most 4 people fit in the tub.

  Scenario: a slow start
    Given the water is 26 degrees and the thermostat is set to 33
    When 2 hours pass
    And someone gets in
    Then the tub says "the water is only 32 degrees"
    When 3 hours pass
    And the thermostat is set to 40
    And 2 hours pass
    Then the water is 39 degrees
    When someone gets in
    Then the bather count is 1

  Scenario: cooling down with bathers in
    Given the water is 40 degrees and the thermostat is set to 40
    When the thermostat is set to 31
    And 3 hours pass
    And someone gets in
    And someone gets in
    And someone gets out
    Then the bather count is 1
    And the water is 37 degrees

  Scenario: a party
    Given the water is 33 degrees and the thermostat is set to 36
    When the thermostat is set to 41
    Then the tub says "the thermostat goes from 30 to 40"
    When someone gets in
    Then the tub says "the water is only 33 degrees"
    When 2 hours pass
    And someone gets in
    And someone gets in
    And someone gets in
    And someone gets in
    And someone gets in
    Then the tub says "the tub is full"
    And the bather count is 4
