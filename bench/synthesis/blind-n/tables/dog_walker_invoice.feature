Feature: Dog walker invoice
  A walk costs 12.00 and a second dog on the same walk adds 5.00. From 10 walks in a month the whole bill is 10% off.

  Scenario Outline: the monthly invoice
    Given the number of walks in the month is <walks>
    And the number of dogs is <dogs>
    When the invoice is written
    Then the invoice total is <total>

    Examples:
      | walks | dogs | total  |
      | 1     | 1    | 12.00  |
      | 4     | 1    | 48.00  |
      | 4     | 2    | 68.00  |
      | 9     | 1    | 108.00 |
      | 9     | 2    | 153.00 |
      | 10    | 1    | 108.00 |
      | 10    | 2    | 153.00 |
      | 15    | 2    | 229.50 |
      | 20    | 1    | 216.00 |
