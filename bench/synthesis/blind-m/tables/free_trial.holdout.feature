Feature: Streaming free trial
  A free trial starts on the sign-up day and lasts the given number of days,
  the sign-up day included. The account page shows the last day of the trial
  and the day of the first payment, the day after the trial ends.

  Scenario Outline: showing the trial dates
    Given a customer signs up on "<signup>"
    And the trial lasts <days> days
    When the account page is shown
    Then the trial ends on "<ends>"
    And the first payment is on "<first>"

    Examples:
      | signup     | days | ends       | first      |
      | 2026-05-10 | 14   | 2026-05-23 | 2026-05-24 |
      | 2028-02-20 | 14   | 2028-03-04 | 2028-03-05 |
      | 2026-11-30 | 7    | 2026-12-06 | 2026-12-07 |
      | 2026-12-31 | 1    | 2026-12-31 | 2027-01-01 |
      | 2026-07-25 | 30   | 2026-08-23 | 2026-08-24 |
