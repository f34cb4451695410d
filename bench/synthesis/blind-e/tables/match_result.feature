Feature: Football results

  Scenario Outline: the result and the points for the home team
    Given the home team scored <home> goals
    And the away team scored <away> goals
    When the result is recorded
    Then the result is "<result>"
    And the home team gets <points> points

    Examples:
      | home | away | result   | points |
      | 2    | 1    | home win | 3      |
      | 0    | 0    | draw     | 1      |
      | 1    | 3    | away win | 0      |
      | 4    | 4    | draw     | 1      |
      | 1    | 0    | home win | 3      |
      | 0    | 1    | away win | 0      |
      | 7    | 2    | home win | 3      |
