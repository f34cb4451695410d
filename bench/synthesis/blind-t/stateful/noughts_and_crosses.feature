Feature: Noughts and crosses
  X goes first and the players take turns to mark a free square. The squares are numbered 1 to
  9, left to right from the top row (1 2 3, then 4 5 6, then 7 8 9). Three marks in a row, a
  column or a diagonal win; a full board with no three in a line is a draw.

  Scenario: X takes the top row
    Given a new game
    When X marks square 1
    And O marks square 4
    And X marks square 2
    And O marks square 5
    And X marks square 3
    Then X has won

  Scenario: taking turns
    Given a new game
    When X marks square 5
    And X marks square 1
    Then the mark is refused with "it is O's turn"
    When O marks square 5
    Then the mark is refused with "square 5 is taken"
    When O marks square 1
    Then it is X's turn

  Scenario: O wins on a diagonal
    Given a new game
    When X marks square 1
    And O marks square 3
    And X marks square 2
    And O marks square 5
    And X marks square 9
    And O marks square 7
    Then O has won
    When X marks square 4
    Then the mark is refused with "the game is over"

  Scenario: a draw
    Given a new game
    When X marks square 1
    And O marks square 2
    And X marks square 3
    And O marks square 5
    And X marks square 4
    And O marks square 6
    And X marks square 8
    And O marks square 7
    And X marks square 9
    Then the game is a draw

  Scenario: X takes the middle column
    Given a new game
    When O marks square 1
    Then the mark is refused with "it is X's turn"
    When X marks square 2
    Then it is O's turn
    When O marks square 1
    And X marks square 5
    And O marks square 9
    And X marks square 8
    Then X has won
    When O marks square 3
    Then the mark is refused with "the game is over"
