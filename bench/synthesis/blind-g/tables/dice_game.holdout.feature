Feature: Dice game at the club
  Two dice are thrown. A double scores twice the total and the player throws
  again. Any other throw scores the total, except that a total of 7 scores
  nothing.

  Scenario Outline: one throw
    Given the first die shows <first>
    And the second die shows <second>
    When the dice are thrown
    Then the player scores <points> points
    And the player throws again: <again>

    Examples:
      | first | second | points | again |
      | 2     | 2      | 8      | yes   |
      | 5     | 5      | 20     | yes   |
      | 6     | 1      | 0      | no    |
      | 5     | 2      | 0      | no    |
      | 4     | 5      | 9      | no    |
      | 6     | 3      | 9      | no    |
