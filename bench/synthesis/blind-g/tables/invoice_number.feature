Feature: Invoice numbers

  Scenario Outline: invoice number for an order
    Given order number <number> placed in <year>
    When the invoice is issued
    Then the invoice number is "<invoice>"

    Examples:
      | number | year | invoice         |
      | 7      | 2026 | INV-2026-00007  |
      | 1      | 2025 | INV-2025-00001  |
      | 42     | 2026 | INV-2026-00042  |
      | 99999  | 2026 | INV-2026-99999  |
      | 100000 | 2026 | INV-2026-100000 |
      | 12345  | 2024 | INV-2024-12345  |
      | 980    | 2027 | INV-2027-00980  |
      | 5031   | 2026 | INV-2026-05031  |
