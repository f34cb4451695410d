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
      | 2026-06-30 | 1      | 2026-07-30 |
      | 2026-10-31 | 1      | 2026-11-30 |
      | 2027-12-29 | 2      | 2028-02-29 |
      | 2026-02-28 | 12     | 2027-02-28 |
      | 2026-07-31 | 24     | 2028-07-31 |
      | 2026-05-31 | 9      | 2027-02-28 |
