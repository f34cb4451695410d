Feature: Fabric cut to length
  Fabric is cut to the centimetre and priced per metre. A cut costs the metre
  price times its length, rounded to the nearest cent with half a cent
  rounding up. Cuts shorter than 50 cm are charged as 50 cm.

  Scenario Outline: price of a cut
    Given the fabric costs <per_metre> per metre
    And the customer wants <length> cm
    When the cut is priced
    Then the price is <price>

    Examples:
      | per_metre | length | price |
      | 8.00      | 100    | 8.00  |
      | 8.00      | 250    | 20.00 |
      | 12.99     | 35     | 6.50  |
      | 12.99     | 50     | 6.50  |
      | 12.99     | 51     | 6.62  |
      | 5.50      | 130    | 7.15  |
      | 9.95      | 75     | 7.46  |
      | 14.30     | 145    | 20.74 |
      | 6.25      | 10     | 3.13  |
