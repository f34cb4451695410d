Feature: Shelf labels

  Scenario Outline: price per item on the shelf label
    Given a pack of <count> items priced at <price>
    When the shelf label is printed
    Then the label shows <unit> per item

    Examples:
      | count | price | unit |
      | 6     | 3.00  | 0.50 |
      | 4     | 2.99  | 0.75 |
      | 12    | 5.00  | 0.42 |
      | 3     | 1.00  | 0.33 |
      | 10    | 12.50 | 1.25 |
      | 1     | 0.99  | 0.99 |
      | 8     | 1.00  | 0.13 |
