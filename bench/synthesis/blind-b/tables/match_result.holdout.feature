Feature: Match report

  Scenario Outline: the headline for a final score
    Given the home side scored <home>
    And the away side scored <away>
    When the match report is written
    Then the headline reads "<headline>"

    Examples:
      | home | away | headline      |
      | 4    | 3    | home win by 1 |
      | 2    | 6    | away win by 4 |
      | 7    | 7    | draw          |
      | 10   | 2    | home win by 8 |
