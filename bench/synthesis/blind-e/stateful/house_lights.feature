Feature: Smart lights at home

  Scenario: switching lights on
    Given all the lights are off
    When the "kitchen" light is switched on
    And the "hall" light is switched on
    Then the number of lights on is 2
    And the "kitchen" light is "on"

  Scenario: switching a light on twice
    Given all the lights are off
    When the "kitchen" light is switched on
    And the "kitchen" light is switched on
    Then the number of lights on is 1

  Scenario: switching one light off
    Given all the lights are off
    When the "kitchen" light is switched on
    And the "hall" light is switched on
    And the "kitchen" light is switched off
    Then the number of lights on is 1
    And the "kitchen" light is "off"
    And the "hall" light is "on"

  Scenario: the all-off button
    Given all the lights are off
    When the "kitchen" light is switched on
    And the "hall" light is switched on
    And the "bedroom" light is switched on
    And the all-off button is pressed
    Then the number of lights on is 0
    And the "hall" light is "off"

  Scenario: switching off a light that is already off
    Given all the lights are off
    When the "hall" light is switched off
    Then the number of lights on is 0
    And the "hall" light is "off"
