Feature: Match report

  Scenario Outline: the headline for a final score
    Given the home side scored <home>
    And the away side scored <away>
    When the match report is written
    Then the headline reads "<headline>"

    Examples:
      | home | away | headline      |
      | 3    | 1    | home win by 2 |
      | 0    | 1    | away win by 1 |
      | 2    | 2    | draw          |
      | 5    | 0    | home win by 5 |
      | 1    | 4    | away win by 3 |
      | 0    | 0    | draw          |
