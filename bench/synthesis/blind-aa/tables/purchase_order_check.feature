Feature: Matching invoices to orders
  An invoice for no more than its order is approved. One that is over by up to 10.00 is
  sent to the buyer to agree, and one over by more than that is returned to the supplier.
  The difference is shown either way.

  Scenario Outline: matching an invoice
    Given an order raised for <ordered>
    And an invoice for <invoiced>
    When the invoice is matched to the order
    Then the invoice is "<outcome>"
    And the difference is <difference>

    Examples:
      | ordered | invoiced | outcome                  | difference |
      | 120.00  | 120.00   | approved                 | 0.00       |
      | 120.00  | 118.50   | approved                 | 1.50       |
      | 1000.00 | 990.00   | approved                 | 10.00      |
      | 64.99   | 65.00    | sent to the buyer        | 0.01       |
      | 450.00  | 455.20   | sent to the buyer        | 5.20       |
      | 120.00  | 130.00   | sent to the buyer        | 10.00      |
      | 120.00  | 130.01   | returned to the supplier | 10.01      |
      | 80.00   | 95.00    | returned to the supplier | 15.00      |
      | 300.00  | 342.75   | returned to the supplier | 42.75      |
