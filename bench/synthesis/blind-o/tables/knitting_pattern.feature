Feature: Knitting pattern row counter

  Scenario Outline: finding my place in the pattern
    Given a stitch pattern that repeats every <repeat> rows
    And I am about to knit row <row>
    When I look up my place in the pattern
    Then I knit row <position> of the repeat
    And the repeats finished so far are <finished>

    Examples:
      | repeat | row | position | finished |
      | 4      | 1   | 1        | 0        |
      | 4      | 4   | 4        | 0        |
      | 4      | 5   | 1        | 1        |
      | 4      | 13  | 1        | 3        |
      | 6      | 12  | 6        | 1        |
      | 6      | 20  | 2        | 3        |
      | 8      | 9   | 1        | 1        |
      | 10     | 37  | 7        | 3        |
      | 12     | 100 | 4        | 8        |
