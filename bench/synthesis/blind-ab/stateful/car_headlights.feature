Feature: Headlight switch
  The dial has three positions: off, sidelights and headlights. Main beam and the fog lights
  only work with the dial on headlights, and turning the dial away from headlights switches
  both of them off.

  Scenario: main beam on an empty road
    Given the dial is at "off"
    When the dial is turned to "headlights"
    And main beam is switched on
    Then main beam is "on"
    And the fog lights are "off"

  Scenario: main beam with only sidelights
    Given the dial is at "off"
    When the dial is turned to "sidelights"
    And main beam is switched on
    Then the car says "main beam needs the headlights on"
    And main beam is "off"

  Scenario: turning down to sidelights
    Given the dial is at "headlights"
    When the fog lights are switched on
    And main beam is switched on
    And the dial is turned to "sidelights"
    Then main beam is "off"
    And the fog lights are "off"
    When the dial is turned to "headlights"
    Then the fog lights are "off"

  Scenario: fog lights in the fog
    Given the dial is at "off"
    When the fog lights are switched on
    Then the car says "fog lights need the headlights on"
    When the dial is turned to "headlights"
    And the fog lights are switched on
    And main beam is switched on
    And main beam is switched off
    Then main beam is "off"
    And the fog lights are "on"
    When the fog lights are switched off
    Then the fog lights are "off"

  Scenario: parking up
    Given the dial is at "headlights"
    When main beam is switched on
    And the dial is turned to "off"
    Then the dial is at "off"
    And main beam is "off"
    When main beam is switched on
    Then the car says "main beam needs the headlights on"
