Feature: Upholstery quote
  Re-covering costs 38.50 a dining chair. Velvet costs 15% more. Six chairs or more get
  10% off the whole price. Half a penny is rounded up.

  Scenario Outline: the price for re-covering chairs
    Given the number of chairs is <chairs>
    And the fabric is "<fabric>"
    When the upholstery is quoted
    Then the price is <price>

    Examples:
      | chairs | fabric   | price  |
      | 1      | standard | 38.50  |
      | 1      | velvet   | 44.28  |
      | 3      | velvet   | 132.83 |
      | 5      | standard | 192.50 |
      | 5      | velvet   | 221.38 |
      | 6      | standard | 207.90 |
      | 6      | velvet   | 239.09 |
      | 8      | standard | 277.20 |
      | 10     | velvet   | 398.48 |
