Feature: Treadmill speed
  Start sets the belt going at 3.0 km/h. Each press of up or down changes the speed by 0.5,
  never above 16.0 or below 1.0. Stop brings the belt to 0.0.

  Scenario: a steady jog
    Given the treadmill runs at 6.5 km/h
    When the up button is pressed 3 times
    And the down button is pressed
    Then the display shows "7.5"

  Scenario: a walk from a standstill
    Given the treadmill is stopped
    When the up button is pressed
    Then the treadmill beeps "press start first"
    When start is pressed
    And the down button is pressed 5 times
    Then the display shows "1.0"

  Scenario: flat out, then a fresh start
    Given the treadmill runs at 12.0 km/h
    When the up button is pressed 10 times
    Then the display shows "16.0"
    When stop is pressed
    And start is pressed
    Then the display shows "3.0"
