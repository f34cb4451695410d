Feature: Word chain game
  Each new word must begin with the last letter of the word before it, and no word may be used
  twice in one game, the starting word included. An accepted word scores a point for each of
  its letters; the starting word scores nothing.

  Scenario: a growing chain
    Given the game starts with "apple"
    When "eagle" is played
    And "elephant" is played
    Then the score is 13
    And the next word must start with "t"
    And the chain length is 3

  Scenario: the wrong first letter
    Given the game starts with "river"
    When "rabbit" is played
    And "orange" is played
    Then the word is refused with "orange must start with t"
    When "tomato" is played
    Then the score is 12
    And the next word must start with "o"

  Scenario: a word used twice
    Given the game starts with "tent"
    When "tent" is played
    Then the word is refused with "tent has been used"
    When "trout" is played
    And "tulip" is played
    Then the score is 10
    And the chain length is 3

  Scenario: a long chain
    Given the game starts with "sun"
    When "nest" is played
    And "tea" is played
    And "apple" is played
    And "eel" is played
    And "lamp" is played
    Then the score is 19
    And the chain length is 6
    And the next word must start with "p"

  Scenario: refused words score nothing
    Given the game starts with "kite"
    When "egg" is played
    And "gate" is played
    And "egg" is played
    Then the word is refused with "egg has been used"
    When "goat" is played
    Then the word is refused with "goat must start with e"
    When "ear" is played
    Then the score is 10
    And the chain length is 4
