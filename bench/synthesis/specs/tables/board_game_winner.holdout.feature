Feature: Scoring a board game

  Scenario Outline: who won the evening's game
    Given Anna finished with <anna> points and Ben with <ben> points
    When the game is scored
    Then the outcome is <outcome>

    Examples:
      | anna | ben | outcome |
      | 300  | 299 | Anna    |
      | 45   | 46  | Ben     |
      | 250  | 250 | tie     |
