Feature: Shelf labels

  Scenario Outline: price per kilo on the shelf label
    Given a pack of <grams> grams priced <price> euros
    When the shelf label is made
    Then the price per kilo is <perkilo> euros

    Examples:
      | grams | price | perkilo |
      | 200   | 1.49  | 7.45    |
      | 600   | 3.99  | 6.65    |
      | 2000  | 7.50  | 3.75    |
      | 300   | 2.00  | 6.67    |
      | 80    | 1.25  | 15.63   |
      | 450   | 3.10  | 6.89    |
