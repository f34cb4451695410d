Feature: Jigsaw puzzle

  Scenario Outline: the progress bar of a jigsaw app
    Given <placed> of <total> pieces are placed
    When the progress bar is updated
    Then the puzzle shows "<done>" done
    And the pieces left are <left>

    Examples:
      | placed | total | done | left |
      | 0      | 500   | 0%   | 500  |
      | 1      | 300   | 0%   | 299  |
      | 13     | 24    | 54%  | 11   |
      | 250    | 500   | 50%  | 250  |
      | 200    | 300   | 66%  | 100  |
      | 333    | 1000  | 33%  | 667  |
      | 149    | 150   | 99%  | 1    |
      | 999    | 1000  | 99%  | 1    |
      | 1000   | 1000  | 100% | 0    |
