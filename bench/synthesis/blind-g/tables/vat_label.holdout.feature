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
      | net   | rate | vat  | gross |
      | 3.30  | 5    | 0.17 | 3.47  |
      | 50.00 | 19   | 9.50 | 59.50 |
      | 0.05  | 10   | 0.01 | 0.06  |
      | 8.45  | 10   | 0.85 | 9.30  |
      | 7.77  | 21   | 1.63 | 9.40  |
      | 1.05  | 10   | 0.11 | 1.16  |
