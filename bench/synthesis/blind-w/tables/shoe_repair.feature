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
      | pairs | job   | express | total |
      | 1     | heels | no      | 12.50 |
      | 1     | soles | no      | 24.00 |
      | 1     | both  | no      | 33.00 |
      | 2     | heels | no      | 25.00 |
      | 3     | heels | no      | 33.75 |
      | 4     | soles | no      | 86.40 |
      | 2     | soles | yes     | 56.00 |
      | 2     | both  | yes     | 74.00 |
      | 3     | both  | yes     | 97.10 |
