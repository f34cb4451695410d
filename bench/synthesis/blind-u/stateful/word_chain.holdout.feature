Feature: Word chain game
  Each new word must begin with the last letter of the word before it, and no word may be used
  twice in one game, the starting word included. An accepted word scores a point for each of
  its letters; the starting word scores nothing.

  Scenario: round the kitchen
    Given the game starts with "moon"
    When "nut" is played
    And "toad" is played
    And "drum" is played
    And "melon" is played
    Then the score is 16
    And the next word must start with "n"
    And the chain length is 5

  Scenario: a repeat and a wrong letter
    Given the game starts with "yak"
    When "kiwi" is played
    And "ink" is played
    And "kiwi" is played
    Then the word is refused with "kiwi has been used"
    When "knot" is played
    Then the score is 11
    When "oak" is played
    Then the word is refused with "oak must start with t"
    And the next word must start with "t"

  Scenario: a chain of six
    Given the game starts with "banana"
    When "ant" is played
    And "tree" is played
    And "egg" is played
    And "goose" is played
    And "elf" is played
    Then the score is 18
    And the chain length is 6
