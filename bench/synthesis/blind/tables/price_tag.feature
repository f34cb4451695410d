Feature: Price labels
  Prices are stored in cents and printed with a euro sign and two decimals.

  Scenario Outline: printing a shelf label
    Given an item priced at <cents> cents
    When the shelf label is printed
    Then the label shows "<label>"

    Examples:
      | cents  | label    |
      | 1250   | €12.50   |
      | 99     | €0.99    |
      | 500    | €5.00    |
      | 1      | €0.01    |
      | 2005   | €20.05   |
      | 123456 | €1234.56 |
