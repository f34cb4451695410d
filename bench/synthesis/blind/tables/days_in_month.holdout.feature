Feature: Payroll calendar
  Pay is worked out per day, so payroll needs the number of days in each month of an ordinary (non-leap) year.

  Scenario Outline: days in a month
    Given month number <month>
    When the payroll calendar is built
    Then the month has <days> days

    Examples:
      | month | days |
      | 3     | 31   |
      | 9     | 30   |
      | 11    | 30   |
      | 10    | 31   |
      | 5     | 31   |
