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
      | 2027-02-28 | 2027-12-05 | 2027-11-14 |
      | 2028-02-29 | 2028-12-05 | 2028-11-14 |
      | 2026-11-11 | 2027-08-18 | 2027-07-28 |
      | 2030-07-04 | 2031-04-10 | 2031-03-20 |
      | 2026-04-01 | 2027-01-06 | 2026-12-16 |
      | 2031-06-05 | 2032-03-11 | 2032-02-19 |
