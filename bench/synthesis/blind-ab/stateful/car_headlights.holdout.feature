Feature: Headlight switch
  The dial has three positions: off, sidelights and headlights. Main beam and the fog lights
  only work with the dial on headlights, and turning the dial away from headlights switches
  both of them off.

  Scenario: fog lights from sidelights
    Given the dial is at "sidelights"
    When the fog lights are switched on
    Then the car says "fog lights need the headlights on"
    When the dial is turned to "headlights"
    And the fog lights are switched on
    Then the fog lights are "on"
    And main beam is "off"

  Scenario: everything off and back to headlights
    Given the dial is at "headlights"
    When main beam is switched on
    And the fog lights are switched on
    And the fog lights are switched off
    And the dial is turned to "off"
    And the dial is turned to "headlights"
    Then main beam is "off"
    And the fog lights are "off"
    And the dial is at "headlights"

  Scenario: main beam lost on sidelights
    Given the dial is at "off"
    When the dial is turned to "headlights"
    And main beam is switched on
    And the dial is turned to "sidelights"
    And main beam is switched on
    Then the car says "main beam needs the headlights on"
    And the dial is at "sidelights"
