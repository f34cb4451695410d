Feature: Archery end score

  Scenario Outline: scoring an end of six arrows
    Given the arrows of one end scored "<arrows>"
    When the end is totalled
    Then the end scores <total>
    And the X count is <xs>

    Examples:
      | arrows       | total | xs |
      | X X 10 9 8 8 | 55    | 2  |
      | 6 5 5 4 3 M  | 23    | 0  |
      | M X M X M X  | 30    | 3  |
      | 10 9 9 9 9 8 | 54    | 0  |
      | 2 1 M M 3 M  | 6     | 0  |
      | X X X X X 10 | 60    | 5  |
