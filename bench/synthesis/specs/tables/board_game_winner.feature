Feature: Scoring a board game

  Scenario Outline: who won the evening's game
    Given Anna finished with <anna> points and Ben with <ben> points
    When the game is scored
    Then the outcome is <outcome>

    Examples:
      | anna | ben | outcome |
      | 120  | 95  | Anna    |
      | 80   | 102 | Ben     |
      | 100  | 100 | tie     |
      | 0    | 5   | Ben     |
      | 61   | 60  | Anna    |
      | 0    | 0   | tie     |
