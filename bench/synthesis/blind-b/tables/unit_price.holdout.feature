Feature: Shelf labels

  Scenario Outline: price per item on the shelf label
    Given a pack of <count> items priced at <price>
    When the shelf label is printed
    Then the label shows <unit> per item

    Examples:
      | count | price | unit |
      | 8     | 2.00  | 0.25 |
      | 7     | 10.00 | 1.43 |
      | 24    | 9.99  | 0.42 |
      | 5     | 1.11  | 0.22 |
      | 16    | 3.00  | 0.19 |
