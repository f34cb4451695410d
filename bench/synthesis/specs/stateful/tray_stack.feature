Feature: Cafeteria tray stack
  Trays are put on top of the stack and taken from the top.

  Background:
    Given an empty tray stack

  Scenario: the last tray put down is taken first
    When a "blue" tray is put on the stack
    And a "red" tray is put on the stack
    And a tray is taken
    Then the tray taken is "red"
    And the stack holds 1 trays

  Scenario: the top of the stack
    When a "blue" tray is put on the stack
    And a "red" tray is put on the stack
    And a "green" tray is put on the stack
    Then the top tray is "green"
    And the stack holds 3 trays

  Scenario: no trays left
    When a tray is taken
    Then the customer is told "no trays left"

  Scenario: down to the bottom tray
    When a "blue" tray is put on the stack
    And a "red" tray is put on the stack
    And a tray is taken
    And a tray is taken
    Then the tray taken is "blue"
    And the stack holds 0 trays
