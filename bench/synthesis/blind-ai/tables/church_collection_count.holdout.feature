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
      | first  | second | outcome      | banked |
      | 150.00 | 150.00 | agreed       | 150.00 |
      | 88.10  | 86.10  | banked lower | 86.10  |
      | 422.35 | 424.50 | recount      | 0.00   |
      | 73.99  | 74.01  | banked lower | 73.99  |
      | 500.00 | 497.00 | recount      | 0.00   |
      | 38.45  | 37.85  | banked lower | 37.85  |
