Feature: Church collection count
  After the service two stewards count the collection on their own. If
  their totals are the same, the count is "agreed" and that total is
  banked. If they differ by 2.00 or less, the count is "banked lower" and
  the lower total is banked. If they differ by more, the count is a
  "recount" and nothing is banked yet.

  Scenario Outline: settling the collection count
    Given the first steward counts <first>
    And the second steward counts <second>
    When the two counts are compared
    Then the count is "<outcome>"
    And the amount banked is <banked>

    Examples:
      | first   | second  | outcome      | banked  |
      | 245.60  | 245.60  | agreed       | 245.60  |
      | 245.60  | 243.60  | banked lower | 243.60  |
      | 243.59  | 245.60  | recount      | 0.00    |
      | 180.25  | 180.75  | banked lower | 180.25  |
      | 312.40  | 311.90  | banked lower | 311.90  |
      | 96.00   | 106.00  | recount      | 0.00    |
      | 0.00    | 0.00    | agreed       | 0.00    |
      | 1204.15 | 1203.15 | banked lower | 1203.15 |
      | 57.30   | 57.03   | banked lower | 57.03   |
