Feature: Father's Day
  Father's Day falls on the third Sunday in June.

  Scenario Outline: the date of Father's Day in a year
    Given the year <year>
    When Father's Day is looked up
    Then Father's Day is on "<date>"

    Examples:
      | year | date       |
      | 2025 | 2025-06-15 |
      | 2026 | 2026-06-21 |
      | 2027 | 2027-06-20 |
      | 2028 | 2028-06-18 |
      | 2029 | 2029-06-17 |
      | 2030 | 2030-06-16 |
      | 2033 | 2033-06-19 |
      | 2036 | 2036-06-15 |
      | 2019 | 2019-06-16 |
