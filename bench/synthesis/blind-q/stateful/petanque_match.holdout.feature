Feature: Petanque match
  The Blues play the Reds. Each end is won by one team, which scores from 1 to 6 points. The
  first team to reach 13 or more wins, and no end is scored after that. The score is shown
  Blues first.

  Scenario: a quick win for the Blues
    Given a new game between the Blues and the Reds
    When the Blues score 6 in an end
    And the Blues score 5 in an end
    And the Reds score 4 in an end
    And the Blues score 2 in an end
    Then the score is "Blues 13 - 4 Reds"
    And the Blues have won the game

  Scenario: a comeback
    Given the score is "Blues 9 - 12 Reds"
    When the Blues score 9 in an end
    Then the umpire says "an end is worth at most 6"
    When the Blues score 6 in an end
    Then the score is "Blues 15 - 12 Reds"
    And the Blues have won the game
    When the Reds score 1 in an end
    Then the umpire says "the game is over"

  Scenario: the Reds close it out
    Given the score is "Blues 7 - 8 Reds"
    When the Reds score 0 in an end
    Then the umpire says "an end is worth at least 1"
    When the Reds score 4 in an end
    And the Blues score 1 in an end
    Then the score is "Blues 8 - 12 Reds"
    When the Reds score 1 in an end
    Then the Reds have won the game
