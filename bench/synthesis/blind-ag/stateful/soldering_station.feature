Feature: Soldering station
  The iron can be set from 200 to 450 degrees. After 10 minutes without use, added up, the
  station drops to standby and holds the iron at 150 degrees. Picking the iron up wakes it
  at its set temperature and starts the count of idle minutes again.

  Scenario: switching on and changing the setting
    Given a switched-off station with the iron set to 350 degrees
    When the station is switched on
    Then the iron is at 350 degrees
    When the temperature is set to 400 degrees
    Then the iron is at 400 degrees
    And the station is "on"

  Scenario: dropping to standby
    Given a switched-off station with the iron set to 350 degrees
    When the station is switched on
    And 6 minutes pass without use
    And 4 minutes pass without use
    Then the station is "standby"
    And the iron is at 150 degrees
    When the iron is picked up
    Then the iron is at 350 degrees
    And the station is "on"

  Scenario: settings it will not take
    Given a switched-off station with the iron set to 300 degrees
    When the temperature is set to 320 degrees
    Then the station refuses with "switch the station on first"
    When the station is switched on
    And the temperature is set to 480 degrees
    Then the station refuses with "the iron works from 200 to 450 degrees"
    And the iron is at 300 degrees

  Scenario: picking the iron up keeps it awake
    Given a switched-off station with the iron set to 380 degrees
    When the station is switched on
    And the temperature is set to 260 degrees
    And 9 minutes pass without use
    And the iron is picked up
    And 8 minutes pass without use
    Then the station is "on"
    And the iron is at 260 degrees
    When 2 minutes pass without use
    Then the station is "standby"
    When the station is switched off
    Then the station is "off"
