Feature: Thermostat
  The target temperature can be set between 5 and 30 degrees; raising or lowering it past a limit stops at the limit. The heating runs while the room is colder than the target.

  Scenario: raising the target
    Given the thermostat is set to 20 degrees
    When the target is raised by 3 degrees
    Then the target is 23 degrees

  Scenario: the target stops at 30
    Given the thermostat is set to 28 degrees
    When the target is raised by 5 degrees
    Then the target is 30 degrees

  Scenario: the target stops at 5
    Given the thermostat is set to 8 degrees
    When the target is lowered by 10 degrees
    Then the target is 5 degrees

  Scenario: the heating comes on in a cold room
    Given the thermostat is set to 20 degrees
    And the room is at 18 degrees
    Then the heating is on: yes

  Scenario: lowering the target below the room temperature
    Given the thermostat is set to 20 degrees
    And the room is at 18 degrees
    When the target is lowered by 3 degrees
    Then the target is 17 degrees
    And the heating is on: no
