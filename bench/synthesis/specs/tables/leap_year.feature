Feature: Leap years in the booking calendar
  A year is a leap year when it divides by 4, except century years, which are leap years only when they divide by 400.

  Scenario Outline: ordinary years
    Given the year <year>
    When the calendar checks for a leap year
    Then it is a leap year: <leap>

    Examples:
      | year | leap  |
      | 2024 | true  |
      | 2023 | false |
      | 1996 | true  |
      | 2019 | false |
      | 2028 | true  |

  Scenario Outline: century years
    Given the year <year>
    When the calendar checks for a leap year
    Then it is a leap year: <leap>

    Examples:
      | year | leap  |
      | 2000 | true  |
      | 1900 | false |
      | 2100 | false |
      | 1600 | true  |
