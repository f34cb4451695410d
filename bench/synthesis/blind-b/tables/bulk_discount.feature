Feature: Bulk discount
  Buying 10 or more of the same item takes 5% off the line; buying 50 or more takes 10% off.
  Line totals are rounded to the cent.

  Scenario Outline: discount on an order line
    Given an order line of <quantity> items at <price> each
    When the order line is priced
    Then the discount is <discount> percent
    And the line total is <total>

    Examples:
      | quantity | price | discount | total |
      | 5        | 2.00  | 0        | 10.00 |
      | 9        | 3.10  | 0        | 27.90 |
      | 10       | 2.00  | 5        | 19.00 |
      | 11       | 1.99  | 5        | 20.80 |
      | 20       | 1.50  | 5        | 28.50 |
      | 49       | 1.00  | 5        | 46.55 |
      | 50       | 1.00  | 10       | 45.00 |
      | 100      | 0.80  | 10       | 72.00 |
