Feature: Word game scoring
  A word scores the sum of its letters' standard English Scrabble values, with no bonus squares.

  Scenario Outline: scoring a word
    Given the word "<word>" is played
    When the word is scored
    Then the player earns <points> points

    Examples:
      | word | points |
      | jam  | 12     |
      | fox  | 13     |
      | tree | 4      |
      | buzz | 24     |
      | wavy | 13     |
