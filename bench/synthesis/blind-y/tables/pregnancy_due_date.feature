Feature: Due date
  The due date is 280 days after the first day of the last period, and a baby counts as
  full term from 259 days (37 weeks) after it.

  Scenario Outline: working out the dates
    Given the last period started on "<lmp>"
    When the dates are worked out
    Then the due date is "<due>"
    And full term starts on "<term>"

    Examples:
      | lmp        | due        | term       |
      | 2026-01-01 | 2026-10-08 | 2026-09-17 |
      | 2026-03-15 | 2026-12-20 | 2026-11-29 |
      | 2026-06-10 | 2027-03-17 | 2027-02-24 |
      | 2027-05-31 | 2028-03-06 | 2028-02-14 |
      | 2027-05-25 | 2028-02-29 | 2028-02-08 |
      | 2025-12-31 | 2026-10-07 | 2026-09-16 |
      | 2028-04-20 | 2029-01-25 | 2029-01-04 |
      | 2026-08-08 | 2027-05-15 | 2027-04-24 |
      | 2026-09-30 | 2027-07-07 | 2027-06-16 |
