Feature: Hair dryer

  Scenario: stepping through the heat settings
    Given the dryer is off
    When the power button is pressed
    Then the dryer shows "low"
    When the heat button is pressed
    And the heat button is pressed
    Then the dryer shows "high"
    When the heat button is pressed
    Then the dryer shows "low"

  Scenario: a blast of cool air
    Given the dryer is off
    When the power button is pressed
    And the heat button is pressed
    And the cool shot is held
    Then the dryer shows "cool"
    When the cool shot is let go
    Then the dryer shows "medium"

  Scenario: switching off and on again
    Given the dryer is off
    When the power button is pressed
    And the heat button is pressed
    And the heat button is pressed
    Then the dryer shows "high"
    When the power button is pressed
    Then the dryer shows "off"
    When the power button is pressed
    Then the dryer shows "low"

  Scenario: buttons while switched off
    Given the dryer is off
    When the heat button is pressed
    Then the dryer refuses with "switch me on first"
    When the cool shot is held
    Then the dryer refuses with "switch me on first"
    When the power button is pressed
    Then the dryer shows "low"

  Scenario: back to the hottest setting after the cool shot
    Given the dryer is off
    When the power button is pressed
    And the heat button is pressed
    And the heat button is pressed
    And the cool shot is held
    And the cool shot is let go
    Then the dryer shows "high"
    When the heat button is pressed
    Then the dryer shows "low"
