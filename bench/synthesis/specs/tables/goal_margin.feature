Feature: Match report

  Scenario Outline: the winning margin of a football match
    Given the home side scored <home> and the away side scored <away>
    When the match report is written
    Then the winning margin is <margin>

    Examples:
      | home | away | margin |
      | 3    | 1    | 2      |
      | 1    | 3    | 2      |
      | 0    | 0    | 0      |
      | 5    | 0    | 5      |
      | 2    | 4    | 2      |
      | 7    | 6    | 1      |
