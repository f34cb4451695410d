Feature: Invoice numbers

  Scenario Outline: invoice number for an order
    Given order number <number> placed in <year>
    When the invoice is issued
    Then the invoice number is "<invoice>"

    Examples:
      | number | year | invoice         |
      | 3      | 2030 | INV-2030-00003  |
      | 77     | 2026 | INV-2026-00077  |
      | 654    | 2025 | INV-2025-00654  |
      | 8888   | 2026 | INV-2026-08888  |
      | 123456 | 2026 | INV-2026-123456 |
      | 10000  | 2028 | INV-2028-10000  |
