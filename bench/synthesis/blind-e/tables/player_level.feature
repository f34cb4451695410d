Feature: Player levels

  Scenario Outline: level reached and points to the next one
    Given a player with <xp> experience points
    When the level is worked out
    Then the player is on level <level>
    And <needed> more points are needed for the next level

    Examples:
      | xp   | level | needed |
      | 0    | 1     | 250    |
      | 1    | 1     | 249    |
      | 249  | 1     | 1      |
      | 250  | 2     | 250    |
      | 499  | 2     | 1      |
      | 500  | 3     | 250    |
      | 1234 | 5     | 16     |
      | 3000 | 13    | 250    |
