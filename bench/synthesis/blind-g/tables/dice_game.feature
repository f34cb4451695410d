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
      | 1     | 1      | 4      | yes   |
      | 6     | 6      | 24     | yes   |
      | 3     | 4      | 0      | no    |
      | 2     | 5      | 0      | no    |
      | 1     | 2      | 3      | no    |
      | 6     | 5      | 11     | no    |
      | 3     | 3      | 12     | yes   |
      | 4     | 2      | 6      | no    |
      | 1     | 6      | 0      | no    |
