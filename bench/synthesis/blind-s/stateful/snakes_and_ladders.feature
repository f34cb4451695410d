Feature: Snakes and ladders on a small board
  The board has 30 squares. Ladders go up from 3 to 11, from 8 to 19 and from 20 to 27. Snakes
  go down from 17 to 6, from 25 to 13 and from 29 to 2. Ava and Ben take turns, Ava first, and
  both start off the board. A throw that would take a player past 30 leaves them where they
  are, and the first to land exactly on 30 wins.

  Scenario: a ladder and a snake
    Given Ava and Ben start a new game
    When Ava throws a 3
    Then Ava is on square 11
    When Ben throws a 5
    Then Ben is on square 5
    When Ava throws a 6
    Then Ava is on square 6

  Scenario: waiting for your turn
    Given Ava and Ben start a new game
    When Ava throws a 2
    And Ava throws a 4
    Then the throw is refused with "it is Ben's turn"
    When Ben throws a 4
    Then Ben is on square 4
    And Ava is on square 2

  Scenario: finishing exactly
    Given Ava is on square 26, Ben is on square 12 and it is Ava's turn
    When Ava throws a 6
    Then Ava is on square 26
    When Ben throws a 1
    And Ava throws a 4
    Then Ava has won
    When Ben throws a 3
    Then the throw is refused with "the game is over"

  Scenario: snakes near the top
    Given Ava is on square 22, Ben is on square 28 and it is Ben's turn
    When Ben throws a 1
    Then Ben is on square 2
    When Ava throws a 3
    Then Ava is on square 13
    When Ben throws a 6
    Then Ben is on square 19

  Scenario: the last ladder
    Given Ava is on square 14, Ben is on square 16 and it is Ava's turn
    When Ava throws a 6
    Then Ava is on square 27
    When Ben throws a 1
    Then Ben is on square 6
    When Ava throws a 3
    Then Ava has won
