Feature: Match report

  Scenario Outline: the winning margin
    Given the home side scored <home> goals
    And the away side scored <away> goals
    When the match report is written
    Then the margin is <margin> goals

    Examples:
      | home | away | margin |
      | 3    | 1    | 2      |
      | 0    | 2    | 2      |
      | 4    | 4    | 0      |
      | 10   | 3    | 7      |
      | 1    | 5    | 4      |
