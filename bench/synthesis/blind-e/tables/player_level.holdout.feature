Feature: Player levels

  Scenario Outline: level reached and points to the next one
    Given a player with <xp> experience points
    When the level is worked out
    Then the player is on level <level>
    And <needed> more points are needed for the next level

    Examples:
      | xp   | level | needed |
      | 100  | 1     | 150    |
      | 375  | 2     | 125    |
      | 760  | 4     | 240    |
      | 999  | 4     | 1      |
      | 2025 | 9     | 225    |
      | 5050 | 21    | 200    |
