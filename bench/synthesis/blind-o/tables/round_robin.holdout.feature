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
      | 10    | 45      | 9      |
      | 11    | 55      | 11     |
      | 13    | 78      | 13     |
      | 14    | 91      | 13     |
      | 15    | 105     | 15     |
      | 20    | 190     | 19     |
