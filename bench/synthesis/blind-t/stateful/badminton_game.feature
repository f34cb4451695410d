Feature: Badminton game
  Kim plays Jay with rally scoring: whoever wins a rally gets a point. A game is won by reaching
  21 points with a lead of 2. From 20-all play goes on until someone is 2 ahead, but at 29-all
  the next point wins the game.

  Scenario: the first rallies
    Given a new game between Kim and Jay
    When Kim wins a rally
    And Kim wins a rally
    And Jay wins a rally
    Then the score is Kim 2, Jay 1
    And the game is still on

  Scenario: 21 with a lead
    Given the score is Kim 20, Jay 19
    When Kim wins a rally
    Then Kim wins the game
    When Jay wins a rally
    Then the rally is refused with "the game is over"
    And the score is Kim 21, Jay 19

  Scenario: 20 is not enough
    Given the score is Kim 19, Jay 18
    When Kim wins a rally
    Then the game is still on
    When Kim wins a rally
    Then Kim wins the game

  Scenario: past 21
    Given the score is Kim 20, Jay 20
    When Kim wins a rally
    Then the game is still on
    When Jay wins a rally
    And Jay wins a rally
    Then the game is still on
    When Jay wins a rally
    Then Jay wins the game
    And the score is Kim 21, Jay 23

  Scenario: the 30 point cap
    Given the score is Kim 28, Jay 29
    When Kim wins a rally
    Then the score is Kim 29, Jay 29
    And the game is still on
    When Kim wins a rally
    Then Kim wins the game
