@billing
Feature: Invoices
  Every paid cart becomes an invoice.

  Scenario: Invoice text
    Given an empty cart
    When the shopper adds 1 "lamp" at 12.00 each
    Then the invoice reads:
      """
      lamp x1 12.00
      total 12.00
      """

  @wip
  Scenario: Invoice in another currency
    Given an empty cart
    When the invoice is converted to "EUR"
    Then the invoice total is shown in euros

  @wip @export
  Scenario: Invoice exported as PDF
    Given an empty cart
    When the invoice is exported
    Then a PDF is attached

  Scenario: Invoice sent by post
    Given an empty cart
    When the invoice is posted

  Scenario: Invoice archived
    Given an empty cart
    When the invoice is archived

  @manual
  Scenario: Invoice signed by hand
    Given an empty cart
    Then the invoice is signed
