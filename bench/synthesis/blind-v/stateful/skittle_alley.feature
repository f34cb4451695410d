Feature: Skittle alley
  Nine pins are set up for every turn. A turn is three balls, or fewer when all nine pins go
  down sooner, and each pin knocked down scores one. A game is three turns.

  Scenario: a turn of three balls
    Given a new game
    When a ball scores 4
    Then the standing pin count is 5
    When a ball scores 3
    And a ball scores 0
    Then the score is 7
    And the standing pin count is 9
    And the turn number is 2

  Scenario: all nine down early
    Given a new game
    When a ball scores 6
    And a ball scores 3
    Then the standing pin count is 9
    And the turn number is 2
    And the score is 9
    When a ball scores 9
    Then the turn number is 3
    And the score is 18

  Scenario: more pins than are standing
    Given a new game
    When a ball scores 7
    And a ball scores 3
    Then the marker calls "that is more than the 2 standing"
    When a ball scores 1
    Then the standing pin count is 1
    And the turn number is 1
    When a ball scores 1
    Then the standing pin count is 9
    And the score is 9
    And the turn number is 2

  Scenario: the end of the game
    Given a new game
    When a ball scores 9
    And a ball scores 9
    Then the turn number is 3
    When a ball scores 5
    And a ball scores 2
    And a ball scores 1
    Then the score is 26
    When a ball scores 3
    Then the marker calls "the game is over"
