Feature: Leap years on the wall calendar

  Scenario Outline: February in a given year
    Given the year <year>
    When the calendar is printed
    Then the year is a leap year: <leap>
    And February has <days> days

    Examples:
      | year | leap | days |
      | 2024 | yes  | 29   |
      | 2023 | no   | 28   |
      | 1900 | no   | 28   |
      | 2000 | yes  | 29   |
      | 2100 | no   | 28   |
      | 1996 | yes  | 29   |
      | 2001 | no   | 28   |
      | 1600 | yes  | 29   |
