Feature: Chimney sweep bill
  A sweep costs 65.00 for the first flue and 40.00 for each further flue at the same
  house. Taking out a bird's nest adds 30.00. Pensioners get 10% off the whole bill.

  Scenario Outline: billing a visit
    Given the number of flues to sweep is <flues>
    And a bird's nest to remove: <nest>
    And the customer is a pensioner: <pensioner>
    When the sweep writes the bill
    Then the bill is <bill>

    Examples:
      | flues | nest | pensioner | bill   |
      | 1     | no   | no        | 65.00  |
      | 2     | no   | no        | 105.00 |
      | 3     | no   | no        | 145.00 |
      | 1     | yes  | no        | 95.00  |
      | 1     | no   | yes       | 58.50  |
      | 2     | yes  | yes       | 121.50 |
      | 3     | no   | yes       | 130.50 |
      | 4     | yes  | no        | 215.00 |
      | 2     | no   | yes       | 94.50  |
