Feature: Bulk discount
  Buying 10 or more of the same item takes 5% off the line; buying 50 or more takes 10% off.
  Line totals are rounded to the cent.

  Scenario Outline: discount on an order line
    Given an order line of <quantity> items at <price> each
    When the order line is priced
    Then the discount is <discount> percent
    And the line total is <total>

    Examples:
      | quantity | price | discount | total  |
      | 1        | 9.99  | 0        | 9.99   |
      | 12       | 2.50  | 5        | 28.50  |
      | 13       | 0.99  | 5        | 12.23  |
      | 60       | 0.50  | 10       | 27.00  |
      | 75       | 2.20  | 10       | 148.50 |
