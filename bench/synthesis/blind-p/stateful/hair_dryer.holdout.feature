Feature: Hair dryer

  Scenario: two cool shots
    Given the dryer is off
    When the power button is pressed
    And the heat button is pressed
    And the cool shot is held
    And the cool shot is let go
    And the heat button is pressed
    Then the dryer shows "high"
    When the cool shot is held
    Then the dryer shows "cool"
    When the cool shot is let go
    Then the dryer shows "high"

  Scenario: a mistake after switching off
    Given the dryer is off
    When the power button is pressed
    And the heat button is pressed
    And the power button is pressed
    Then the dryer shows "off"
    When the heat button is pressed
    Then the dryer refuses with "switch me on first"
    When the power button is pressed
    And the heat button is pressed
    Then the dryer shows "medium"

  Scenario: once round and one more
    Given the dryer is off
    When the power button is pressed
    And the heat button is pressed
    And the heat button is pressed
    And the heat button is pressed
    And the heat button is pressed
    Then the dryer shows "medium"
    When the cool shot is held
    And the cool shot is let go
    Then the dryer shows "medium"
