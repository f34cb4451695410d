Feature: Price labels
  Prices are stored in cents and printed with a euro sign and two decimals.

  Scenario Outline: printing a shelf label
    Given an item priced at <cents> cents
    When the shelf label is printed
    Then the label shows "<label>"

    Examples:
      | cents  | label    |
      | 0      | €0.00    |
      | 10     | €0.10    |
      | 100000 | €1000.00 |
      | 4999   | €49.99   |
      | 7      | €0.07    |
