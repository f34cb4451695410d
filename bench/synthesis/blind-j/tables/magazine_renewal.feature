Feature: Subscription renewal date
  A subscription renews the given number of months after it starts, on the
  same day of the month. If that month is too short, it renews on the last
  day of that month.

  Scenario Outline: renewal date
    Given a subscription starting on "<start>"
    And it runs for <months> months
    When the renewal date is worked out
    Then it renews on "<renewal>"

    Examples:
      | start      | months | renewal    |
      | 2026-01-15 | 1      | 2026-02-15 |
      | 2026-01-31 | 1      | 2026-02-28 |
      | 2028-01-31 | 1      | 2028-02-29 |
      | 2026-03-31 | 1      | 2026-04-30 |
      | 2026-11-20 | 3      | 2027-02-20 |
      | 2026-08-31 | 6      | 2027-02-28 |
      | 2026-05-10 | 12     | 2027-05-10 |
      | 2026-12-31 | 2      | 2027-02-28 |
      | 2027-10-31 | 4      | 2028-02-29 |
