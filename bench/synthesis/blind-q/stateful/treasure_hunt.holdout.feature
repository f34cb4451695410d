Feature: Treasure hunt
  There are 5 clues, numbered 1 to 5, and they must be found in order. Finding clue 5 finds
  the treasure and ends the hunt. Each team has 3 hints to ask for along the way.

  Scenario: one clue too far
    Given a new treasure hunt
    When the team finds clue 1
    And the team finds clue 3
    Then the marshal says "find clue 2 first"
    When the team asks for a hint
    And the team finds clue 2
    And the team finds clue 3
    Then the next clue to find is 4
    And the hint count is 2

  Scenario: nearly there
    Given the team has already found 4 clues
    When the team finds clue 3
    Then the marshal says "clue 3 is already found"
    When the team finds clue 9
    Then the marshal says "there is no clue 9"
    When the team finds clue 5
    Then the treasure is found

  Scenario: every hint used
    Given the team has already found 3 clues
    When the team asks for a hint
    And the team asks for a hint
    And the team asks for a hint
    And the team asks for a hint
    Then the marshal says "no hints left"
    When the team finds clue 4
    And the team finds clue 5
    And the team finds clue 2
    Then the marshal says "the hunt is over"
