Feature: Chess clock
  Both players start with the same time and White moves first. A move uses up
  the seconds the player thought for, and then 3 seconds are added to that
  player's clock. Clocks show minutes and seconds. A player whose time runs out
  during a move loses: their clock shows "0:00" and the result reads "Black wins
  on time" (or "White wins on time" when Black runs out). A move out of turn is
  refused with "it is <player>'s turn", and any move after the end with "the
  game is over".

  Scenario: the first move
    Given each player has 5 minutes
    When White moves after 40 seconds
    Then White's clock shows "4:23"
    And Black's clock shows "5:00"

  Scenario: a long think
    Given each player has 5 minutes
    When White moves after 10 seconds
    And Black moves after 65 seconds
    Then Black's clock shows "3:58"
    And White's clock shows "4:53"

  Scenario: moving out of turn
    Given each player has 5 minutes
    When Black moves after 5 seconds
    Then the move is refused with "it is White's turn"
    And White's clock shows "5:00"

  Scenario: running out of time
    Given each player has 3 minutes
    When White moves after 30 seconds
    And Black moves after 20 seconds
    And White moves after 170 seconds
    Then White's clock shows "0:00"
    And the result reads "Black wins on time"

  Scenario: no moves after the flag falls
    Given each player has 3 minutes
    When White moves after 181 seconds
    Then the result reads "Black wins on time"
    When Black moves after 2 seconds
    Then the move is refused with "the game is over"
