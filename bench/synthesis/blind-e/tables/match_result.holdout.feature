Feature: Football results

  Scenario Outline: the result and the points for the home team
    Given the home team scored <home> goals
    And the away team scored <away> goals
    When the result is recorded
    Then the result is "<result>"
    And the home team gets <points> points

    Examples:
      | home | away | result   | points |
      | 3    | 2    | home win | 3      |
      | 2    | 2    | draw     | 1      |
      | 0    | 5    | away win | 0      |
      | 6    | 0    | home win | 3      |
      | 1    | 1    | draw     | 1      |
      | 2    | 3    | away win | 0      |
