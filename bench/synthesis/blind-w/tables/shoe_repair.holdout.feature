Feature: Shoe repairs
  New heels are 12.50 a pair, new soles 24.00 and both together 33.00. Three pairs or more
  get 10% off the repairs; the express service adds 8.00 to the order after any discount.

  Scenario Outline: pricing a repair order
    Given the number of pairs is <pairs>
    And each pair needs "<job>"
    And express service is wanted: <express>
    When the repair is priced
    Then the order costs <total>

    Examples:
      | pairs | job   | express | total  |
      | 5     | heels | yes     | 64.25  |
      | 4     | both  | no      | 118.80 |
      | 3     | soles | yes     | 72.80  |
      | 1     | heels | yes     | 20.50  |
      | 6     | both  | no      | 178.20 |
      | 1     | soles | yes     | 32.00  |
