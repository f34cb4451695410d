Feature: Petanque match
  The Blues play the Reds. Each end is won by one team, which scores from 1 to 6 points. The
  first team to reach 13 or more wins, and no end is scored after that. The score is shown
  Blues first.

  Scenario: a few ends
    Given a new game between the Blues and the Reds
    When the Blues score 3 in an end
    And the Reds score 2 in an end
    And the Blues score 1 in an end
    Then the score is "Blues 4 - 2 Reds"

  Scenario: winning the game
    Given the score is "Blues 10 - 7 Reds"
    When the Reds score 4 in an end
    And the Blues score 3 in an end
    Then the score is "Blues 13 - 11 Reds"
    And the Blues have won the game
    When the Reds score 2 in an end
    Then the umpire says "the game is over"

  Scenario: impossible ends
    Given a new game between the Blues and the Reds
    When the Reds score 7 in an end
    Then the umpire says "an end is worth at most 6"
    When the Reds score 6 in an end
    And the Blues score 0 in an end
    Then the umpire says "an end is worth at least 1"
    And the score is "Blues 0 - 6 Reds"

  Scenario: going past 13
    Given the score is "Blues 12 - 11 Reds"
    When the Reds score 5 in an end
    Then the score is "Blues 12 - 16 Reds"
    And the Reds have won the game
    When the Blues score 8 in an end
    Then the umpire says "the game is over"
