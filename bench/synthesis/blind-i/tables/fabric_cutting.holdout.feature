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
      | 11.00     | 20     | 5.50  |
      | 7.90      | 215    | 16.99 |
      | 4.50      | 333    | 14.99 |
      | 19.99     | 60     | 11.99 |
      | 10.10     | 49     | 5.05  |
      | 3.30      | 165    | 5.45  |
