Feature: Leap years in the booking calendar
  A year is a leap year when it divides by 4, except century years, which are leap years only when they divide by 400.

  Scenario Outline: ordinary years
    Given the year <year>
    When the calendar checks for a leap year
    Then it is a leap year: <leap>

    Examples:
      | year | leap  |
      | 2020 | true  |
      | 2025 | false |
      | 1804 | true  |

  Scenario Outline: century years
    Given the year <year>
    When the calendar checks for a leap year
    Then it is a leap year: <leap>

    Examples:
      | year | leap  |
      | 2400 | true  |
      | 1800 | false |
