Feature: Dog walker invoice
  A walk costs 12.00 and a second dog on the same walk adds 5.00. From 10 walks in a month the whole bill is 10% off.

  Scenario Outline: the monthly invoice
    Given the number of walks in the month is <walks>
    And the number of dogs is <dogs>
    When the invoice is written
    Then the invoice total is <total>

    Examples:
      | walks | dogs | total  |
      | 2     | 2    | 34.00  |
      | 6     | 1    | 72.00  |
      | 8     | 2    | 136.00 |
      | 11    | 2    | 168.30 |
      | 12    | 1    | 129.60 |
