Feature: Father's Day
  Father's Day falls on the third Sunday in June.

  Scenario Outline: the date of Father's Day in a year
    Given the year <year>
    When Father's Day is looked up
    Then Father's Day is on "<date>"

    Examples:
      | year | date       |
      | 2031 | 2031-06-15 |
      | 2032 | 2032-06-20 |
      | 2034 | 2034-06-18 |
      | 2035 | 2035-06-17 |
      | 2037 | 2037-06-21 |
      | 2022 | 2022-06-19 |
