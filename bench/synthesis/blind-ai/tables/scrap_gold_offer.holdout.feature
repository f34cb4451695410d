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
      | 4.5   | 14    | 60.00 | 110.25 |
      | 1.9   | 22    | 58.80 | 71.68  |
      | 15.3  | 9     | 61.20 | 245.79 |
      | 8.0   | 24    | 59.99 | 335.94 |
      | 20.6  | 18    | 62.45 | 675.39 |
      | 0.5   | 9     | 57.60 | 7.56   |
