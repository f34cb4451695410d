Feature: Room thermostat
  The thermostat can be set from 5 to 30 degrees. "Warmer" and "cooler" move the
  setting by half a degree. A setting outside 5 to 30 is refused with "between 5
  and 30 only" and the old setting stays. While the thermostat is switched off,
  every change of the setting is refused with "thermostat is off"; switching it
  on again keeps the last setting. The heating runs only while the thermostat is
  on and the room is colder than the setting.

  Scenario: half a degree makes the difference
    Given a thermostat set to 18.0 degrees
    And the room is at 18.0 degrees
    Then the heating is "off"
    When it is made warmer
    Then the heating is "on"
    And the setting is 18.5 degrees

  Scenario: the bottom of the range
    Given a thermostat set to 5.5 degrees
    When it is made cooler
    And it is made cooler
    Then the change is refused with "between 5 and 30 only"
    And the setting is 5.0 degrees

  Scenario: back on and turned down
    Given a thermostat set to 21.0 degrees
    And the room is at 19.5 degrees
    When it is switched off
    And it is made warmer
    Then the change is refused with "thermostat is off"
    When it is switched on
    And it is set to 19.0 degrees
    Then the heating is "off"
    And the setting is 19.0 degrees
