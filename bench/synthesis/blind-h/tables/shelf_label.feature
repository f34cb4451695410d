Feature: Shelf labels

  Scenario Outline: price per kilo on the shelf label
    Given a pack of <grams> grams priced <price> euros
    When the shelf label is made
    Then the price per kilo is <perkilo> euros

    Examples:
      | grams | price | perkilo |
      | 500   | 2.40  | 4.80    |
      | 1000  | 3.15  | 3.15    |
      | 250   | 1.99  | 7.96    |
      | 750   | 4.50  | 6.00    |
      | 400   | 2.69  | 6.73    |
      | 1500  | 5.00  | 3.33    |
      | 125   | 0.89  | 7.12    |
      | 330   | 1.00  | 3.03    |
