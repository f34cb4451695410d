Feature: Hangman
  The hidden word is shown as one dash for each letter. A letter that is guessed right is shown
  everywhere it appears in the word. Every wrong guess costs one of 6 lives; the game is lost
  when no lives are left and won when every letter is shown.

  Scenario: right guesses
    Given the hidden word is "banana"
    When "a" is guessed
    Then the word shows "-a-a-a"
    When "n" is guessed
    Then the word shows "-anana"
    And the lives left are 6

  Scenario: wrong guesses
    Given the hidden word is "kettle"
    When "a" is guessed
    And "e" is guessed
    And "s" is guessed
    Then the lives left are 4
    And the word shows "-e---e"

  Scenario: guessing a letter again
    Given the hidden word is "otter"
    When "t" is guessed
    Then the word shows "-tt--"
    When "t" is guessed
    Then the guess is refused with "t was already guessed"
    When "z" is guessed
    And "z" is guessed
    Then the guess is refused with "z was already guessed"
    And the lives left are 5

  Scenario: winning
    Given the hidden word is "moon"
    When "o" is guessed
    Then the word shows "-oo-"
    When "m" is guessed
    And "n" is guessed
    Then the word shows "moon"
    And the game is won
    When "x" is guessed
    Then the guess is refused with "the game is over"

  Scenario: losing
    Given the hidden word is "jazz"
    When "a" is guessed
    And "e" is guessed
    And "i" is guessed
    And "o" is guessed
    And "u" is guessed
    Then the lives left are 2
    When "s" is guessed
    Then the lives left are 1
    When "t" is guessed
    Then the game is lost
    And the word shows "-a--"
    When "z" is guessed
    Then the guess is refused with "the game is over"
