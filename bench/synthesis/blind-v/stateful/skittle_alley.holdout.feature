Feature: Skittle alley
  Nine pins are set up for every turn. A turn is three balls, or fewer when all nine pins go
  down sooner, and each pin knocked down scores one. A game is three turns.

  Scenario: steady twos and a last pin
    Given a new game
    When a ball scores 2
    And a ball scores 2
    And a ball scores 2
    Then the turn number is 2
    And the score is 6
    And the standing pin count is 9
    When a ball scores 8
    Then the standing pin count is 1
    When a ball scores 5
    Then the marker calls "that is more than the 1 standing"
    When a ball scores 1
    Then the turn number is 3
    And the score is 15

  Scenario: a slow start
    Given a new game
    When a ball scores 0
    And a ball scores 0
    And a ball scores 0
    Then the turn number is 2
    And the score is 0
    When a ball scores 9
    Then the turn number is 3
    When a ball scores 4
    And a ball scores 4
    Then the score is 17
    And the standing pin count is 1

  Scenario: a full game of clean turns
    Given a new game
    When a ball scores 5
    And a ball scores 4
    Then the turn number is 2
    When a ball scores 3
    And a ball scores 3
    And a ball scores 3
    Then the turn number is 3
    When a ball scores 9
    Then the score is 27
    When a ball scores 2
    Then the marker calls "the game is over"
