Feature: VAT on a builder's invoice
  The invoice total is the net amount plus 21% VAT, rounded to the nearest cent.

  Scenario Outline: adding VAT to the work done
    Given work worth <net> before tax
    When VAT is added to the invoice
    Then the invoice total is <total>

    Examples:
      | net     | total   |
      | 100.00  | 121.00  |
      | 50.00   | 60.50   |
      | 10.00   | 12.10   |
      | 9.99    | 12.09   |
      | 1.00    | 1.21    |
      | 1234.56 | 1493.82 |
