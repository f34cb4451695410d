Feature: Price labels with VAT
  The VAT is the net price times the rate, rounded to the nearest cent, half a
  cent up. The gross price is the net price plus that VAT.

  Scenario Outline: VAT on a label
    Given a net price of <net> euros
    And a VAT rate of <rate> percent
    When the label is printed
    Then the VAT is <vat> euros
    And the gross price is <gross> euros

    Examples:
      | net    | rate | vat   | gross  |
      | 100.00 | 20   | 20.00 | 120.00 |
      | 10.00  | 21   | 2.10  | 12.10  |
      | 1.15   | 10   | 0.12  | 1.27   |
      | 2.50   | 5    | 0.13  | 2.63   |
      | 0.99   | 19   | 0.19  | 1.18   |
      | 19.99  | 0    | 0.00  | 19.99  |
      | 4.99   | 7    | 0.35  | 5.34   |
      | 0.01   | 20   | 0.00  | 0.01   |
      | 12.34  | 25   | 3.09  | 15.43  |
