Feature: Word game scoring
  A word scores the sum of its letters' standard English Scrabble values, with no bonus squares.

  Scenario Outline: scoring a word
    Given the word "<word>" is played
    When the word is scored
    Then the player earns <points> points

    Examples:
      | word  | points |
      | cat   | 5      |
      | dog   | 5      |
      | quiz  | 22     |
      | a     | 1      |
      | hello | 8      |
      | king  | 9      |
