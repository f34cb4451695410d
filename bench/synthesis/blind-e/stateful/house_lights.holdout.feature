Feature: Smart lights at home

  Scenario: porch and garage
    Given all the lights are off
    When the "porch" light is switched on
    And the "garage" light is switched on
    And the "porch" light is switched on
    And the "garage" light is switched off
    Then the number of lights on is 1
    And the "porch" light is "on"
    And the "garage" light is "off"

  Scenario: a light on after the all-off button
    Given all the lights are off
    When the "bathroom" light is switched on
    And the all-off button is pressed
    And the "study" light is switched on
    Then the number of lights on is 1
    And the "bathroom" light is "off"
    And the "study" light is "on"
