Feature: Cruise control
  Cruise control works from 20 mph. Braking puts it on standby and keeps the set speed;
  resume picks the set speed up again. Switching it off forgets the set speed.

  Scenario: slowing down for roadworks
    Given the cruise control is off
    When the cruise control is switched on
    And the speed is set at 70 mph
    And the set speed is lowered by 10 mph
    And the driver brakes
    Then the display shows "standby"
    And the set speed is 60 mph
    When resume is pressed
    And the set speed is raised by 4 mph
    Then the display shows "active"
    And the set speed is 64 mph

  Scenario: at the bottom of the range
    Given the cruise control is off
    When resume is pressed
    Then the dashboard says "switch cruise control on first"
    When the cruise control is switched on
    And the speed is set at 20 mph
    Then the display shows "active"
    And the set speed is 20 mph
    When the set speed is lowered by 1 mph
    Then the dashboard says "cruise control works from 20 mph"
    And the set speed is 20 mph
    When the cruise control is switched off
    Then the display shows "off"
    And no set speed is shown

  Scenario: setting a new speed after braking
    Given the cruise control is off
    When the cruise control is switched on
    And the speed is set at 35 mph
    And the driver brakes
    And the speed is set at 55 mph
    Then the display shows "active"
    And the set speed is 55 mph
    When the driver brakes
    And the cruise control is switched off
    And the cruise control is switched on
    And resume is pressed
    Then the dashboard says "no speed has been set"
    And the display shows "standby"
