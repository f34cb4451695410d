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
      | 60.00  | 30      | 42.00  | 18.00  |
      | 9.99   | 20      | 7.99   | 2.00   |
      | 15.50  | 10      | 13.95  | 1.55   |
      | 0.99   | 50      | 0.50   | 0.49   |
      | 120.00 | 5       | 114.00 | 6.00   |
      | 74.90  | 40      | 44.94  | 29.96  |
