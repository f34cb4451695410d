Feature: Match report

  Scenario Outline: the winning margin
    Given the home side scored <home> goals
    And the away side scored <away> goals
    When the match report is written
    Then the margin is <margin> goals

    Examples:
      | home | away | margin |
      | 0    | 0    | 0      |
      | 7    | 12   | 5      |
      | 21   | 0    | 21     |
      | 2    | 3    | 1      |
