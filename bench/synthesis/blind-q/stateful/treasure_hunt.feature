Feature: Treasure hunt
  There are 5 clues, numbered 1 to 5, and they must be found in order. Finding clue 5 finds
  the treasure and ends the hunt. Each team has 3 hints to ask for along the way.

  Scenario: clues in order
    Given a new treasure hunt
    When the team finds clue 1
    And the team finds clue 2
    Then the next clue to find is 3

  Scenario: skipping ahead
    Given a new treasure hunt
    When the team finds clue 2
    Then the marshal says "find clue 1 first"
    When the team finds clue 1
    And the team finds clue 1
    Then the marshal says "clue 1 is already found"
    When the team finds clue 4
    Then the marshal says "find clue 2 first"

  Scenario: the treasure
    Given the team has already found 3 clues
    When the team finds clue 4
    And the team finds clue 5
    Then the treasure is found
    When the team finds clue 5
    Then the marshal says "the hunt is over"
    When the team asks for a hint
    Then the marshal says "the hunt is over"

  Scenario: the hints run out
    Given a new treasure hunt
    When the team asks for a hint
    And the team asks for a hint
    Then the hint count is 1
    When the team asks for a hint
    And the team asks for a hint
    Then the marshal says "no hints left"
    And the hint count is 0

  Scenario: a clue that does not exist
    Given the team has already found 2 clues
    When the team finds clue 6
    Then the marshal says "there is no clue 6"
    When the team finds clue 2
    Then the marshal says "clue 2 is already found"
    When the team finds clue 3
    Then the next clue to find is 4
    And the hint count is 3
