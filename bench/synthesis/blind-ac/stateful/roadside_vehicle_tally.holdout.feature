Feature: Roadside vehicle tally

  Scenario: a mixed stretch
    Given the tally is cleared
    When the "car" button is pressed 5 times
    And the "bus" button is pressed
    And the "bike" button is pressed 2 times
    And the undo button is pressed
    Then the "bike" count is 1
    And the "car" count is 5
    And the total is 7

  Scenario: undoing back to the start
    Given the tally is cleared
    When the "lorry" button is pressed
    And the "lorry" button is pressed
    And the undo button is pressed
    And the undo button is pressed
    And the "van" button is pressed 3 times
    Then the "lorry" count is 0
    And the "van" count is 3
    And the total is 3

  Scenario: undo after a batch
    Given the tally is cleared
    When the "bus" button is pressed 6 times
    And the "car" button is pressed
    And the undo button is pressed
    And the undo button is pressed
    And the undo button is pressed
    Then the "bus" count is 4
    And the "car" count is 0
    And the total is 4
