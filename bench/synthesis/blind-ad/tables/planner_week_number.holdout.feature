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
      | 2026-06-30 | 2026-W27 |
      | 2027-12-31 | 2027-W52 |
      | 2028-12-31 | 2028-W52 |
      | 2030-01-06 | 2030-W01 |
      | 2030-01-07 | 2030-W02 |
      | 2026-12-27 | 2026-W52 |
