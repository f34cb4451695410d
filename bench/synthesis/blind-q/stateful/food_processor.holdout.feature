Feature: Food processor
  The motor only starts with the lid locked, and it always starts at speed 1. The speeds go
  from 1 to 3 and can only be changed while the motor runs. Unlocking the lid stops the motor
  just like the stop button does.

  Scenario: down while stopped, then up and down
    Given the food processor is stopped with the lid locked
    When the speed is turned down
    Then the processor beeps "the motor is not running"
    When the start button is pressed
    And the speed is turned up
    And the speed is turned up
    And the speed is turned down
    Then the display shows "speed 2"

  Scenario: relocking forgets the speed
    Given the food processor is stopped with the lid unlocked
    When the lid is locked
    And the start button is pressed
    And the speed is turned up
    And the speed is turned up
    And the lid is unlocked
    And the lid is locked
    And the start button is pressed
    Then the display shows "speed 1"
    When the speed is turned down
    Then the processor beeps "already at the lowest speed"

  Scenario: top speed, stop and unlock
    Given the food processor is stopped with the lid locked
    When the start button is pressed
    And the speed is turned up
    And the speed is turned up
    And the speed is turned up
    Then the processor beeps "already at top speed"
    When the stop button is pressed
    And the lid is unlocked
    And the start button is pressed
    Then the processor beeps "lock the lid first"
