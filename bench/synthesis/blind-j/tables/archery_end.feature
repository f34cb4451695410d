Feature: Archery end score

  Scenario Outline: scoring an end of six arrows
    Given the arrows of one end scored "<arrows>"
    When the end is totalled
    Then the end scores <total>
    And the X count is <xs>

    Examples:
      | arrows            | total | xs |
      | 10 10 10 10 10 10 | 60    | 0  |
      | X X X X X X       | 60    | 6  |
      | X 10 9 9 8 7      | 53    | 1  |
      | M M M M M M       | 0     | 0  |
      | 9 8 8 7 M 6       | 38    | 0  |
      | X 9 M X 5 1       | 35    | 2  |
      | 7 7 6 6 5 4       | 35    | 0  |
      | X 10 10 9 9 9     | 57    | 1  |
