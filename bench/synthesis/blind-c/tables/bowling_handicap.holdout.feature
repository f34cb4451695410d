Feature: Bowling handicap
  A bowler's handicap is 90 percent of the difference between 220 and their
  average, rounded down to a whole pin, and never less than 0. The final score
  of a game is the game score plus the handicap.

  Scenario Outline: handicapped scores
    Given a bowler with an average of <average>
    And a game score of <game>
    When the handicap is applied
    Then the handicap is <handicap>
    And the final score is <final>

    Examples:
      | average | game | handicap | final |
      | 171     | 160  | 44       | 204   |
      | 120     | 99   | 90       | 189   |
      | 219     | 300  | 0        | 300   |
      | 201     | 180  | 17       | 197   |
