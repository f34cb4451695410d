Feature: Electric blanket controller

  Scenario: warming up from off
    Given the blanket is off
    When the up button is pressed
    And the up button is pressed
    And the up button is pressed
    Then the control shows "3"

  Scenario: the warmest setting
    Given the blanket is on setting 5
    When the up button is pressed
    Then the control shows "6"
    When the up button is pressed
    Then the press is refused with "already on the warmest setting"
    And the control shows "6"

  Scenario: turning down until it goes off
    Given the blanket is on setting 2
    When the down button is pressed
    And the down button is pressed
    Then the control shows "off"
    When the down button is pressed
    Then the press is refused with "the blanket is off"

  Scenario: the off button forgets the setting
    Given the blanket is on setting 4
    When the off button is pressed
    Then the control shows "off"
    When the up button is pressed
    Then the control shows "1"
