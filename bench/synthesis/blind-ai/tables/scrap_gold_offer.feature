Feature: Scrap gold offer
  Scrap gold is bought by weight. The price of the day is for a gram of
  pure, 24 carat gold; gold of a lower carat is worth that many 24ths of
  it, so 18 carat is worth 18/24 of the price. The shop offers 70% of what
  the gold is worth, rounded down to the penny.

  Scenario Outline: an offer for scrap gold
    Given an item of <grams> grams of <carat> carat gold
    And pure gold is <price> a gram today
    When the offer is worked out
    Then the offer is <offer>

    Examples:
      | grams | carat | price | offer  |
      | 10.0  | 24    | 60.00 | 420.00 |
      | 10.0  | 18    | 60.00 | 315.00 |
      | 5.4   | 9     | 58.20 | 82.49  |
      | 3.2   | 22    | 61.75 | 126.79 |
      | 12.6  | 14    | 59.40 | 305.61 |
      | 0.8   | 9     | 60.10 | 12.62  |
      | 25.0  | 9     | 57.00 | 374.06 |
      | 7.7   | 22    | 62.00 | 306.33 |
      | 2.3   | 18    | 63.33 | 76.47  |
