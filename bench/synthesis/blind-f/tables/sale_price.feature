Feature: Sale price tags
  The sale price is the original price less the discount percentage, rounded
  to the nearest cent, half a cent rounding up. The saving is the original
  price minus the sale price.

  Scenario Outline: sale price and saving
    Given an item priced <price> euros
    And a discount of <percent> percent
    When the sale tag is printed
    Then the sale price is <sale> euros
    And the saving is <saving> euros

    Examples:
      | price  | percent | sale   | saving |
      | 100.00 | 20      | 80.00  | 20.00  |
      | 49.99  | 10      | 44.99  | 5.00   |
      | 19.99  | 50      | 10.00  | 9.99   |
      | 12.00  | 0       | 12.00  | 0.00   |
      | 8.50   | 100     | 0.00   | 8.50   |
      | 35.00  | 15      | 29.75  | 5.25   |
      | 2.99   | 33      | 2.00   | 0.99   |
      | 250.00 | 25      | 187.50 | 62.50  |
