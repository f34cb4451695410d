Feature: Soldering station
  The iron can be set from 200 to 450 degrees. After 10 minutes without use, added up, the
  station drops to standby and holds the iron at 150 degrees. Picking the iron up wakes it
  at its set temperature and starts the count of idle minutes again.

  Scenario: too cool a setting and a long tea break
    Given a switched-off station with the iron set to 250 degrees
    When the station is switched on
    And the temperature is set to 190 degrees
    Then the station refuses with "the iron works from 200 to 450 degrees"
    When 12 minutes pass without use
    Then the station is "standby"
    And the iron is at 150 degrees

  Scenario: short pauses
    Given a switched-off station with the iron set to 420 degrees
    When the temperature is set to 300 degrees
    Then the station refuses with "switch the station on first"
    When the station is switched on
    And 5 minutes pass without use
    And the iron is picked up
    And 5 minutes pass without use
    Then the station is "on"
    And the iron is at 420 degrees

  Scenario: the hottest setting after a wake-up
    Given a switched-off station with the iron set to 330 degrees
    When the station is switched on
    And the temperature is set to 450 degrees
    And 10 minutes pass without use
    And the iron is picked up
    Then the iron is at 450 degrees
    When the station is switched off
    Then the station is "off"
