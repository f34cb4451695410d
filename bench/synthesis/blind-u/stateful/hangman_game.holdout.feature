Feature: Hangman
  The hidden word is shown as one dash for each letter. A letter that is guessed right is shown
  everywhere it appears in the word. Every wrong guess costs one of 6 lives; the game is lost
  when no lives are left and won when every letter is shown.

  Scenario: a clean win
    Given the hidden word is "pepper"
    When "p" is guessed
    Then the word shows "p-pp--"
    When "e" is guessed
    And "r" is guessed
    Then the game is won
    And the lives left are 6

  Scenario: a word without vowels
    Given the hidden word is "rhythm"
    When "a" is guessed
    And "e" is guessed
    And "h" is guessed
    And "a" is guessed
    Then the guess is refused with "a was already guessed"
    When "i" is guessed
    Then the lives left are 3
    And the word shows "-h--h-"

  Scenario: a short word lost
    Given the hidden word is "fox"
    When "q" is guessed
    And "w" is guessed
    And "o" is guessed
    And "k" is guessed
    And "j" is guessed
    And "v" is guessed
    And "z" is guessed
    Then the game is lost
    When "f" is guessed
    Then the guess is refused with "the game is over"
