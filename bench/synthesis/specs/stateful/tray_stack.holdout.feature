Feature: Cafeteria tray stack
  Trays are put on top of the stack and taken from the top.

  Background:
    Given an empty tray stack

  Scenario: trays put back in between
    When a "white" tray is put on the stack
    And a "black" tray is put on the stack
    And a "grey" tray is put on the stack
    And a tray is taken
    And a "pink" tray is put on the stack
    And a tray is taken
    And a tray is taken
    Then the tray taken is "black"
    And the stack holds 1 trays
    And the top tray is "white"

  Scenario: one tray too many taken
    When a "red" tray is put on the stack
    And a tray is taken
    And a tray is taken
    Then the customer is told "no trays left"
