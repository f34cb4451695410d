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
      | 150     | 140  | 63       | 203   |
      | 180     | 200  | 36       | 236   |
      | 200     | 190  | 18       | 208   |
      | 220     | 220  | 0        | 220   |
      | 235     | 250  | 0        | 250   |
      | 163     | 170  | 51       | 221   |
      | 199     | 205  | 18       | 223   |
