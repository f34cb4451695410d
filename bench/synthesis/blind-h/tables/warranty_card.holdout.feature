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
      | 2026-01-30 | 1      | 2026-02-28 |
      | 2027-11-30 | 3      | 2028-02-29 |
      | 2025-07-31 | 2      | 2025-09-30 |
      | 2026-04-20 | 36     | 2029-04-20 |
      | 2025-11-15 | 2      | 2026-01-15 |
      | 2026-03-31 | 11     | 2027-02-28 |
