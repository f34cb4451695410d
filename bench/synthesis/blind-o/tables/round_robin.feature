Feature: Round-robin league
  Every team plays every other team once. A team plays at most one match in a round, and with
  an odd number of teams one team rests in each round.

  Scenario Outline: drawing up the fixtures
    Given a league of <teams> teams
    When the fixtures are drawn up
    Then the number of matches is <matches>
    And the number of rounds is <rounds>

    Examples:
      | teams | matches | rounds |
      | 2     | 1       | 1      |
      | 3     | 3       | 3      |
      | 4     | 6       | 3      |
      | 5     | 10      | 5      |
      | 6     | 15      | 5      |
      | 7     | 21      | 7      |
      | 8     | 28      | 7      |
      | 9     | 36      | 9      |
      | 12    | 66      | 11     |
