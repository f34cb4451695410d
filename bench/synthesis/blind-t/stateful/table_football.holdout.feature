Feature: Table football
  The Reds play the Blues and the first team to 5 goals wins. The last goal scored can be taken
  back if the players agree it did not count, and so can the one before it.

  Scenario: a goal that did not count
    Given a new game
    When the Reds score
    And the Reds score
    And the Blues score
    And the last goal is taken back
    And the Reds score
    Then the score is Reds 3 Blues 0

  Scenario: the Reds come back
    Given the score is Reds 3 Blues 4
    When the Reds score
    Then nobody has won yet
    When the Reds score
    Then the winner is "Reds"
    When the Blues score
    Then the goal is refused with "the game is over"

  Scenario: one taken back too many
    Given a new game
    When the Blues score
    And the last goal is taken back
    And the last goal is taken back
    Then taking back is refused with "there is no goal to take back"
    When the Blues score
    And the Blues score
    Then the score is Reds 0 Blues 2
