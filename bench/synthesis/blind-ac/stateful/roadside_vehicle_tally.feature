Feature: Roadside vehicle tally

  Scenario: counting cars
    Given the tally is cleared
    When the "car" button is pressed
    And the "car" button is pressed
    And the "van" button is pressed
    Then the "car" count is 2
    And the "van" count is 1
    And the total is 3

  Scenario: a batch of presses
    Given the tally is cleared
    When the "lorry" button is pressed 4 times
    And the "car" button is pressed 3 times
    Then the "lorry" count is 4
    And the total is 7
    When the undo button is pressed
    Then the "car" count is 2
    And the total is 6

  Scenario: undoing more than once
    Given the tally is cleared
    When the "bus" button is pressed
    And the "car" button is pressed
    And the "van" button is pressed
    And the undo button is pressed
    And the undo button is pressed
    Then the "bus" count is 1
    And the "car" count is 0
    And the "van" count is 0
    And the total is 1

  Scenario: pressing after an undo
    Given the tally is cleared
    When the "van" button is pressed 2 times
    And the undo button is pressed
    And the "bike" button is pressed
    And the undo button is pressed
    And the undo button is pressed
    Then the "van" count is 0
    And the "bike" count is 0
    And the total is 0
