Feature: Food processor
  The motor only starts with the lid locked, and it always starts at speed 1. The speeds go
  from 1 to 3 and can only be changed while the motor runs. Unlocking the lid stops the motor
  just like the stop button does.

  Scenario: running through the speeds
    Given the food processor is stopped with the lid unlocked
    When the lid is locked
    And the start button is pressed
    Then the display shows "speed 1"
    When the speed is turned up
    And the speed is turned up
    Then the display shows "speed 3"
    When the speed is turned up
    Then the processor beeps "already at top speed"

  Scenario: the lid must be locked
    Given the food processor is stopped with the lid unlocked
    When the start button is pressed
    Then the processor beeps "lock the lid first"
    When the speed is turned down
    Then the processor beeps "the motor is not running"
    When the lid is locked
    And the start button is pressed
    And the speed is turned down
    Then the processor beeps "already at the lowest speed"

  Scenario: unlocking the lid stops the motor
    Given the food processor is stopped with the lid locked
    When the start button is pressed
    And the speed is turned up
    And the lid is unlocked
    Then the display shows "stopped"
    When the start button is pressed
    Then the processor beeps "lock the lid first"
    When the lid is locked
    And the start button is pressed
    Then the display shows "speed 1"

  Scenario: stopping and starting again
    Given the food processor is stopped with the lid locked
    When the start button is pressed
    And the speed is turned up
    And the speed is turned up
    And the stop button is pressed
    Then the display shows "stopped"
    When the speed is turned up
    Then the processor beeps "the motor is not running"
    When the start button is pressed
    And the speed is turned up
    Then the display shows "speed 2"
    When the speed is turned down
    Then the display shows "speed 1"
