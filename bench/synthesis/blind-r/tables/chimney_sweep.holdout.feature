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
      | 4     | no   | no        | 185.00 |
      | 5     | no   | yes       | 202.50 |
      | 3     | yes  | no        | 175.00 |
      | 1     | yes  | yes       | 85.50  |
      | 2     | yes  | no        | 135.00 |
      | 6     | yes  | yes       | 265.50 |
