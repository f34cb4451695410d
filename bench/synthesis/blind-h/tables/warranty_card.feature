Feature: Warranty card
  A warranty runs for a number of months from the purchase date and ends on
  the same day of the month that many months later. When that month has no
  such day, the warranty ends on the last day of that month.

  Scenario Outline: end of the warranty
    Given a purchase on "<bought>"
    And a warranty of <months> months
    When the warranty card is filled in
    Then the warranty ends on "<ends>"

    Examples:
      | bought     | months | ends       |
      | 2025-03-15 | 12     | 2026-03-15 |
      | 2025-01-31 | 1      | 2025-02-28 |
      | 2024-01-31 | 1      | 2024-02-29 |
      | 2025-08-31 | 3      | 2025-11-30 |
      | 2025-10-10 | 24     | 2027-10-10 |
      | 2025-12-01 | 1      | 2026-01-01 |
      | 2025-05-31 | 6      | 2025-11-30 |
      | 2025-06-30 | 8      | 2026-02-28 |
