Feature: Cruise control
  Cruise control works from 20 mph. Braking puts it on standby and keeps the set speed;
  resume picks the set speed up again. Switching it off forgets the set speed.

  Scenario: setting a speed
    Given the cruise control is off
    When the cruise control is switched on
    Then the display shows "standby"
    And no set speed is shown
    When the speed is set at 48 mph
    Then the display shows "active"
    And the set speed is 48 mph
    When the set speed is lowered by 8 mph
    Then the set speed is 40 mph

  Scenario: braking and resuming
    Given the cruise control is off
    When the cruise control is switched on
    And the speed is set at 60 mph
    And the driver brakes
    Then the display shows "standby"
    And the set speed is 60 mph
    When resume is pressed
    Then the display shows "active"
    When the set speed is raised by 2 mph
    Then the set speed is 62 mph
    When the driver brakes
    And the speed is set at 50 mph
    Then the display shows "active"
    And the set speed is 50 mph

  Scenario: too slow to set
    Given the cruise control is off
    When the cruise control is switched on
    And the speed is set at 15 mph
    Then the dashboard says "cruise control works from 20 mph"
    And the display shows "standby"
    When resume is pressed
    Then the dashboard says "no speed has been set"

  Scenario: adjusting the speed
    Given the cruise control is off
    When the cruise control is switched on
    And the speed is set at 30 mph
    And the set speed is raised by 5 mph
    And the set speed is raised by 10 mph
    Then the set speed is 45 mph
    When the set speed is lowered by 3 mph
    And the set speed is lowered by 22 mph
    Then the set speed is 20 mph
    When the set speed is lowered by 2 mph
    Then the dashboard says "cruise control works from 20 mph"
    And the set speed is 20 mph

  Scenario: switching off forgets the speed
    Given the cruise control is off
    When the cruise control is switched on
    And the speed is set at 50 mph
    And the cruise control is switched off
    Then the display shows "off"
    And no set speed is shown
    When the speed is set at 40 mph
    Then the dashboard says "switch cruise control on first"
    When resume is pressed
    Then the dashboard says "switch cruise control on first"
    When the cruise control is switched on
    And resume is pressed
    Then the dashboard says "no speed has been set"
