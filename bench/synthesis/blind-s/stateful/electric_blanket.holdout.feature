Feature: Electric blanket controller

  Scenario: down and back up from the top
    Given the blanket is on setting 6
    When the down button is pressed
    And the down button is pressed
    And the up button is pressed
    Then the control shows "5"

  Scenario: all the way up from off
    Given the blanket is off
    When the up button is pressed
    And the up button is pressed
    And the up button is pressed
    And the up button is pressed
    And the up button is pressed
    And the up button is pressed
    And the up button is pressed
    Then the press is refused with "already on the warmest setting"
    And the control shows "6"

  Scenario: down after switching off
    Given the blanket is on setting 3
    When the off button is pressed
    And the down button is pressed
    Then the press is refused with "the blanket is off"
    And the control shows "off"
