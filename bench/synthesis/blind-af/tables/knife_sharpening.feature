Feature: Knife sharpening
  Plain knives cost 4.75 each to sharpen and serrated knives 6.25 each. An order of
  five knives or more gets 10% off the whole price, rounded to the nearest penny with
  half a penny going up.

  Scenario Outline: the price of a sharpening order
    Given the number of plain knives is <plain>
    And the number of serrated knives is <serrated>
    When the sharpening price is worked out
    Then the price is <price>

    Examples:
      | plain | serrated | price |
      | 1     | 0        | 4.75  |
      | 0     | 1        | 6.25  |
      | 4     | 0        | 19.00 |
      | 3     | 1        | 20.50 |
      | 2     | 2        | 22.00 |
      | 5     | 0        | 21.38 |
      | 4     | 1        | 22.73 |
      | 2     | 3        | 25.43 |
      | 6     | 0        | 25.65 |
