Feature: Treadmill speed
  Start sets the belt going at 3.0 km/h. Each press of up or down changes the speed by 0.5,
  never above 16.0 or below 1.0. Stop brings the belt to 0.0.

  Scenario: starting and speeding up
    Given the treadmill is stopped
    When start is pressed
    Then the display shows "3.0"
    When the up button is pressed 4 times
    Then the display shows "5.0"

  Scenario: slowing down
    Given the treadmill runs at 10.0 km/h
    When the down button is pressed 6 times
    Then the display shows "7.0"
    When the up button is pressed
    Then the display shows "7.5"

  Scenario: the top speed
    Given the treadmill runs at 15.0 km/h
    When the up button is pressed 5 times
    Then the display shows "16.0"
    When the down button is pressed
    Then the display shows "15.5"
    When stop is pressed
    Then the display shows "0.0"

  Scenario: the lowest speed, then stopping
    Given the treadmill runs at 2.0 km/h
    When the down button is pressed 3 times
    Then the display shows "1.0"
    When stop is pressed
    And the up button is pressed
    Then the treadmill beeps "press start first"
    And the display shows "0.0"

  Scenario: buttons do nothing while stopped
    Given the treadmill is stopped
    When the down button is pressed 2 times
    Then the treadmill beeps "press start first"
    When start is pressed
    Then the display shows "3.0"
