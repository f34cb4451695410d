Feature: Snakes and ladders on a small board
  The board has 30 squares. Ladders go up from 3 to 11, from 8 to 19 and from 20 to 27. Snakes
  go down from 17 to 6, from 25 to 13 and from 29 to 2. Ava and Ben take turns, Ava first, and
  both start off the board. A throw that would take a player past 30 leaves them where they
  are, and the first to land exactly on 30 wins.

  Scenario: up one and down the other
    Given Ava and Ben start a new game
    When Ava throws a 5
    And Ben throws a 3
    And Ava throws a 3
    And Ben throws a 6
    Then Ava is on square 19
    And Ben is on square 6

  Scenario: stuck near the end
    Given Ava is on square 27, Ben is on square 24 and it is Ben's turn
    When Ben throws a 5
    Then Ben is on square 2
    When Ava throws a 4
    Then Ava is on square 27
    When Ava throws a 3
    Then the throw is refused with "it is Ben's turn"
    When Ben throws a 1
    Then Ben is on square 11
    And Ava is on square 27

  Scenario: Ben wins
    Given Ava is on square 23, Ben is on square 26 and it is Ava's turn
    When Ava throws a 2
    Then Ava is on square 13
    When Ben throws a 4
    Then Ben has won
    When Ava throws a 6
    Then the throw is refused with "the game is over"
