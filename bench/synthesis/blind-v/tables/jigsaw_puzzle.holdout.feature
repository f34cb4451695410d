Feature: Jigsaw puzzle

  Scenario Outline: the progress bar of a jigsaw app
    Given <placed> of <total> pieces are placed
    When the progress bar is updated
    Then the puzzle shows "<done>" done
    And the pieces left are <left>

    Examples:
      | placed | total | done | left |
      | 1      | 100   | 1%   | 99   |
      | 35     | 40    | 87%  | 5    |
      | 87     | 1000  | 8%   | 913  |
      | 500    | 750   | 66%  | 250  |
      | 1499   | 1500  | 99%  | 1    |
      | 2000   | 2000  | 100% | 0    |
