Feature: Badminton game
  Kim plays Jay with rally scoring: whoever wins a rally gets a point. A game is won by reaching
  21 points with a lead of 2. From 20-all play goes on until someone is 2 ahead, but at 29-all
  the next point wins the game.

  Scenario: Jay closes it out
    Given the score is Kim 18, Jay 20
    When Jay wins a rally
    Then Jay wins the game
    When Kim wins a rally
    Then the rally is refused with "the game is over"

  Scenario: a long finish
    Given the score is Kim 27, Jay 27
    When Kim wins a rally
    And Jay wins a rally
    And Jay wins a rally
    And Kim wins a rally
    Then the game is still on
    When Jay wins a rally
    Then Jay wins the game
    And the score is Kim 29, Jay 30

  Scenario: Jay starts well
    Given a new game between Kim and Jay
    When Jay wins a rally
    And Jay wins a rally
    And Kim wins a rally
    And Jay wins a rally
    Then the score is Kim 1, Jay 3
    And the game is still on
