Feature: Football league table

  Scenario Outline: points and games played
    Given a team with <won> wins, <drawn> draws and <lost> losses
    When the table is updated
    Then the team has <points> points
    And the team has played <played> games

    Examples:
      | won | drawn | lost | points | played |
      | 3   | 1     | 0    | 10     | 4      |
      | 0   | 4     | 4    | 4      | 8      |
      | 15  | 10    | 13   | 55     | 38     |
      | 5   | 0     | 5    | 15     | 10     |
      | 1   | 1     | 1    | 4      | 3      |
