Feature: Days in a month
  April, June, September and November have 30 days. February has 28 days, or 29
  in a leap year. All the other months have 31 days. A year that divides by 4 is a
  leap year, except a year that divides by 100, which is a leap year only if it
  also divides by 400.

  Scenario Outline: length of a month
    Given month <month> of the year <year>
    When the days are counted
    Then the month has <days> days
    And the year is a leap year: <leap>

    Examples:
      | month | year | days | leap |
      | 1     | 2026 | 31   | no   |
      | 2     | 2026 | 28   | no   |
      | 2     | 2024 | 29   | yes  |
      | 2     | 1900 | 28   | no   |
      | 2     | 2000 | 29   | yes  |
      | 4     | 2026 | 30   | no   |
      | 11    | 2023 | 30   | no   |
      | 12    | 1999 | 31   | no   |
      | 9     | 2100 | 30   | no   |
