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
      | 2026-03-01 | 14   | 2026-03-14 | 2026-03-15 |
      | 2026-03-20 | 14   | 2026-04-02 | 2026-04-03 |
      | 2026-12-25 | 7    | 2026-12-31 | 2027-01-01 |
      | 2026-12-28 | 7    | 2027-01-03 | 2027-01-04 |
      | 2026-02-20 | 30   | 2026-03-21 | 2026-03-22 |
      | 2026-06-30 | 1    | 2026-06-30 | 2026-07-01 |
      | 2026-01-31 | 30   | 2026-03-01 | 2026-03-02 |
      | 2026-09-15 | 30   | 2026-10-14 | 2026-10-15 |
