Feature: Conker scores
  Each time one conker breaks another, the winner adds the score of the loser to its own,
  plus one for the win itself.

  Scenario Outline: my conker wins
    Given my conker has a score of <mine>
    And the other conker has a score of <theirs>
    When my conker breaks the other one
    Then its new score is <score>

    Examples:
      | mine | theirs | score |
      | 3    | 0      | 4     |
      | 0    | 9      | 10    |
      | 4    | 6      | 11    |
      | 15   | 15     | 31    |
      | 100  | 1      | 102   |
      | 8    | 33     | 42    |
