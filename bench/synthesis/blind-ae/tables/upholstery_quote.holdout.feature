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
      | 2      | standard | 77.00  |
      | 2      | velvet   | 88.55  |
      | 4      | velvet   | 177.10 |
      | 7      | standard | 242.55 |
      | 7      | velvet   | 278.93 |
      | 12     | standard | 415.80 |
