Feature: Room thermostat
  The thermostat can be set from 5 to 30 degrees. "Warmer" and "cooler" move the
  setting by half a degree. A setting outside 5 to 30 is refused with "between 5
  and 30 only" and the old setting stays. While the thermostat is switched off,
  every change of the setting is refused with "thermostat is off"; switching it
  on again keeps the last setting. The heating runs only while the thermostat is
  on and the room is colder than the setting.

  Scenario: the heating runs until the room is warm enough
    Given a thermostat set to 20.0 degrees
    And the room is at 18.5 degrees
    Then the heating is "on"
    When the room reaches 20.0 degrees
    Then the heating is "off"

  Scenario: warmer and cooler
    Given a thermostat set to 20.0 degrees
    When it is made warmer
    And it is made warmer
    Then the setting is 21.0 degrees
    When it is made cooler
    Then the setting is 20.5 degrees

  Scenario: the top of the range
    Given a thermostat set to 29.5 degrees
    When it is made warmer
    Then the setting is 30.0 degrees
    When it is made warmer
    Then the change is refused with "between 5 and 30 only"
    And the setting is 30.0 degrees
    When it is set to 4.5 degrees
    Then the change is refused with "between 5 and 30 only"
    And the setting is 30.0 degrees

  Scenario: switched off
    Given a thermostat set to 20.0 degrees
    And the room is at 17.0 degrees
    When it is switched off
    Then the heating is "off"
    When it is set to 25.0 degrees
    Then the change is refused with "thermostat is off"
    When it is switched on
    Then the setting is 20.0 degrees
    And the heating is "on"
