Feature: Knitting pattern row counter

  Scenario Outline: finding my place in the pattern
    Given a stitch pattern that repeats every <repeat> rows
    And I am about to knit row <row>
    When I look up my place in the pattern
    Then I knit row <position> of the repeat
    And the repeats finished so far are <finished>

    Examples:
      | repeat | row | position | finished |
      | 4      | 2   | 2        | 0        |
      | 6      | 7   | 1        | 1        |
      | 8      | 64  | 8        | 7        |
      | 10     | 10  | 10       | 0        |
      | 12     | 25  | 1        | 2        |
      | 5      | 23  | 3        | 4        |
