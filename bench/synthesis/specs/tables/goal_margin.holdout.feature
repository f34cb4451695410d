Feature: Match report

  Scenario Outline: the winning margin of a football match
    Given the home side scored <home> and the away side scored <away>
    When the match report is written
    Then the winning margin is <margin>

    Examples:
      | home | away | margin |
      | 0    | 4    | 4      |
      | 10   | 2    | 8      |
      | 3    | 3    | 0      |
