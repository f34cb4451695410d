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
      | 0     | 4        | 25.00 |
      | 0     | 5        | 28.13 |
      | 1     | 2        | 17.25 |
      | 3     | 3        | 29.70 |
      | 7     | 2        | 41.18 |
      | 10    | 1        | 48.38 |
