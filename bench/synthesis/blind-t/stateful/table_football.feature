Feature: Table football
  The Reds play the Blues and the first team to 5 goals wins. The last goal scored can be taken
  back if the players agree it did not count, and so can the one before it.

  Scenario: first goals
    Given a new game
    When the Reds score
    And the Blues score
    And the Reds score
    Then the score is Reds 2 Blues 1

  Scenario: taking goals back
    Given a new game
    When the Blues score
    And the Blues score
    And the Reds score
    And the last goal is taken back
    Then the score is Reds 0 Blues 2
    When the last goal is taken back
    Then the score is Reds 0 Blues 1

  Scenario: the Reds reach five
    Given the score is Reds 4 Blues 3
    When the Blues score
    Then nobody has won yet
    When the Reds score
    Then the winner is "Reds"
    When the Blues score
    Then the goal is refused with "the game is over"
    And the score is Reds 5 Blues 4

  Scenario: nothing to take back
    Given a new game
    When the last goal is taken back
    Then taking back is refused with "there is no goal to take back"
    When the Reds score
    And the last goal is taken back
    And the last goal is taken back
    Then taking back is refused with "there is no goal to take back"
    And the score is Reds 0 Blues 0

  Scenario: the Blues win
    Given the score is Reds 2 Blues 4
    When the Blues score
    Then the winner is "Blues"
    When the Reds score
    Then the goal is refused with "the game is over"
