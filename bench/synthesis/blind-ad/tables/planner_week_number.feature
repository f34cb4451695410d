Feature: Planner week numbers
  Weeks run from Monday to Sunday. Week 1 of a year is the week that holds its first
  Thursday, so the first days of January can belong to the last week of the year before,
  and the last days of December to week 1 of the next year.

  Scenario Outline: the week of a date
    Given the date "<date>"
    When the planner shows the week
    Then the week is "<week>"

    Examples:
      | date       | week     |
      | 2025-12-29 | 2026-W01 |
      | 2026-01-01 | 2026-W01 |
      | 2026-03-16 | 2026-W12 |
      | 2026-12-31 | 2026-W53 |
      | 2027-01-03 | 2026-W53 |
      | 2027-01-04 | 2027-W01 |
      | 2027-01-11 | 2027-W02 |
      | 2028-01-01 | 2027-W52 |
      | 2029-12-31 | 2030-W01 |
