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
      | 0    | 0      | 1     |
      | 0    | 3      | 4     |
      | 5    | 0      | 6     |
      | 2    | 2      | 5     |
      | 7    | 12     | 20    |
      | 12   | 7      | 20    |
      | 1    | 1      | 3     |
      | 10   | 0      | 11    |
      | 25   | 40     | 66    |
