Feature: Chess clock
  Both players start with the same time and White moves first. A move uses up
  the seconds the player thought for, and then 3 seconds are added to that
  player's clock. Clocks show minutes and seconds. A player whose time runs out
  during a move loses: their clock shows "0:00" and the result reads "Black wins
  on time" (or "White wins on time" when Black runs out). A move out of turn is
  refused with "it is <player>'s turn", and any move after the end with "the
  game is over".

  Scenario: a blitz game that Black loses on time
    Given each player has 2 minutes
    When White moves after 15 seconds
    And Black moves after 50 seconds
    Then White's clock shows "1:48"
    And Black's clock shows "1:13"
    When White moves after 100 seconds
    Then White's clock shows "0:11"
    When Black moves after 80 seconds
    Then Black's clock shows "0:00"
    And the result reads "White wins on time"
    When White moves after 2 seconds
    Then the move is refused with "the game is over"

  Scenario: White tries to move twice
    Given each player has 5 minutes
    When White moves after 3 seconds
    And White moves after 4 seconds
    Then the move is refused with "it is Black's turn"
    And White's clock shows "5:00"
    When Black moves after 59 seconds
    Then Black's clock shows "4:04"
