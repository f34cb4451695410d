Feature: Table tennis scoreboard
  A game is won by the first player to reach 11 points with a lead of at least 2
  points; from 10-10 play goes on until one player leads by 2. The score is read
  with the first-named player's points first, for example "3-1". Once the game is
  won, any further point is refused with "the game is over".

  Scenario: early in the game
    Given a game between "Ana" and "Ben"
    When "Ana" wins 3 points
    And "Ben" wins a point
    Then the score is "3-1"
    And there is no winner yet

  Scenario: a whitewash
    Given a game between "Ana" and "Ben"
    When "Ana" wins 11 points
    Then the score is "11-0"
    And the winner is "Ana"

  Scenario: eleven with a two-point lead
    Given a game between "Ana" and "Ben"
    When "Ana" wins 9 points
    And "Ben" wins 11 points
    Then the score is "9-11"
    And the winner is "Ben"

  Scenario: play goes on past ten all
    Given a game between "Ana" and "Ben"
    When "Ana" wins 10 points
    And "Ben" wins 10 points
    And "Ana" wins a point
    Then the score is "11-10"
    And there is no winner yet
    When "Ana" wins a point
    Then the score is "12-10"
    And the winner is "Ana"

  Scenario: no points after the game is won
    Given a game between "Ana" and "Ben"
    When "Ben" wins 11 points
    And "Ana" wins a point
    Then the point is refused with "the game is over"
    And the score is "0-11"
