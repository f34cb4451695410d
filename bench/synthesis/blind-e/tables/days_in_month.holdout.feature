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
      | 2     | 2028 | 29   | yes  |
      | 2     | 2100 | 28   | no   |
      | 6     | 2025 | 30   | no   |
      | 7     | 2024 | 31   | yes  |
      | 2     | 2400 | 29   | yes  |
      | 10    | 2030 | 31   | no   |
