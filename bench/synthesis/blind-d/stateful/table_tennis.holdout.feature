Feature: Table tennis scoreboard
  A game is won by the first player to reach 11 points with a lead of at least 2
  points; from 10-10 play goes on until one player leads by 2. The score is read
  with the first-named player's points first, for example "3-1". Once the game is
  won, any further point is refused with "the game is over".

  Scenario: a long deuce won by the second player
    Given a game between "Ana" and "Ben"
    When "Ana" wins 10 points
    And "Ben" wins 10 points
    And "Ben" wins a point
    And "Ana" wins a point
    And "Ben" wins 2 points
    Then the score is "11-13"
    And the winner is "Ben"

  Scenario: a close game still going
    Given a game between "Ana" and "Ben"
    When "Ana" wins 5 points
    And "Ben" wins 7 points
    Then the score is "5-7"
    And there is no winner yet

  Scenario: other players, a point after the end
    Given a game between "Kim" and "Lee"
    When "Kim" wins 10 points
    And "Lee" wins 10 points
    And "Kim" wins 2 points
    Then the winner is "Kim"
    When "Lee" wins a point
    Then the point is refused with "the game is over"
    And the score is "12-10"

  Scenario: eleven nine to the first player
    Given a game between "Ana" and "Ben"
    When "Ana" wins 10 points
    And "Ben" wins 9 points
    And "Ana" wins a point
    Then the score is "11-9"
    And the winner is "Ana"
