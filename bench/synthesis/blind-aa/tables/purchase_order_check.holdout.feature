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
      | 2500.00 | 2500.00  | approved                 | 0.00       |
      | 780.40  | 700.00   | approved                 | 80.40      |
      | 99.99   | 104.98   | sent to the buyer        | 4.99       |
      | 15.00   | 25.00    | sent to the buyer        | 10.00      |
      | 15.00   | 25.50    | returned to the supplier | 10.50      |
      | 250.00  | 1250.00  | returned to the supplier | 1000.00    |
