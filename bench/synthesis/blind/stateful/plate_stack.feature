Feature: Plate stack
  Plates are taken from the top of the stack, and a washed plate goes back on top.

  Scenario: the last plate put down is on top
    Given an empty plate stack
    When a "red" plate is put on the stack
    And a "blue" plate is put on the stack
    Then the top plate is "blue"
    And there are 2 plates on the stack

  Scenario: taking a plate
    Given an empty plate stack
    When a "red" plate is put on the stack
    And a "blue" plate is put on the stack
    And the top plate is taken
    Then the top plate is "red"
    And there are 1 plates on the stack

  Scenario: no plates at all
    Given an empty plate stack
    When the top plate is taken
    Then the cook hears "no plates left"

  Scenario: taking one too many
    Given an empty plate stack
    When a "white" plate is put on the stack
    And the top plate is taken
    And the top plate is taken
    Then the cook hears "no plates left"
    And there are 0 plates on the stack
