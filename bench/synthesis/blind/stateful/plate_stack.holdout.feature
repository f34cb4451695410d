Feature: Plate stack
  Plates are taken from the top of the stack, and a washed plate goes back on top.

  Scenario: same colour twice
    Given an empty plate stack
    When a "green" plate is put on the stack
    And a "yellow" plate is put on the stack
    And a "green" plate is put on the stack
    And the top plate is taken
    And the top plate is taken
    Then the top plate is "green"
    And there are 1 plates on the stack

  Scenario: a tall stack
    Given an empty plate stack
    When a "pink" plate is put on the stack
    And a "grey" plate is put on the stack
    And a "black" plate is put on the stack
    And a "white" plate is put on the stack
    And the top plate is taken
    Then the top plate is "black"
    And there are 3 plates on the stack

  Scenario: washed and put back
    Given an empty plate stack
    When a "red" plate is put on the stack
    And the top plate is taken
    And a "blue" plate is put on the stack
    Then the top plate is "blue"
    And there are 1 plates on the stack
