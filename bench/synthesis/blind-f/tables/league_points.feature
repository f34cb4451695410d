Feature: Football league table

  Scenario Outline: points and games played
    Given a team with <won> wins, <drawn> draws and <lost> losses
    When the table is updated
    Then the team has <points> points
    And the team has played <played> games

    Examples:
      | won | drawn | lost | points | played |
      | 0   | 0     | 0    | 0      | 0      |
      | 1   | 0     | 0    | 3      | 1      |
      | 0   | 1     | 0    | 1      | 1      |
      | 0   | 0     | 1    | 0      | 1      |
      | 10  | 5     | 3    | 35     | 18     |
      | 2   | 2     | 2    | 8      | 6      |
      | 20  | 0     | 18   | 60     | 38     |
      | 7   | 12    | 19   | 33     | 38     |
