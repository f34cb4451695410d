Feature: Thermostat
  The target temperature can be set between 5 and 30 degrees; raising or lowering it past a limit stops at the limit. The heating runs while the room is colder than the target.

  Scenario: hitting the top and coming back down
    Given the thermostat is set to 25 degrees
    And the room is at 29 degrees
    When the target is raised by 10 degrees
    And the target is lowered by 2 degrees
    Then the target is 28 degrees
    And the heating is on: no

  Scenario: hitting the bottom and coming back up
    Given the thermostat is set to 6 degrees
    And the room is at 5 degrees
    When the target is lowered by 5 degrees
    And the target is raised by 1 degrees
    Then the target is 6 degrees
    And the heating is on: yes

  Scenario: a room already at the target
    Given the thermostat is set to 22 degrees
    And the room is at 22 degrees
    Then the heating is on: no
