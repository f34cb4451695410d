Feature: VAT on a builder's invoice
  The invoice total is the net amount plus 21% VAT, rounded to the nearest cent.

  Scenario Outline: adding VAT to the work done
    Given work worth <net> before tax
    When VAT is added to the invoice
    Then the invoice total is <total>

    Examples:
      | net    | total  |
      | 200.00 | 242.00 |
      | 19.99  | 24.19  |
      | 3.30   | 3.99   |
      | 45.45  | 54.99  |
      | 0.00   | 0.00   |
