Feature: Leap years on the wall calendar

  Scenario Outline: February in a given year
    Given the year <year>
    When the calendar is printed
    Then the year is a leap year: <leap>
    And February has <days> days

    Examples:
      | year | leap | days |
      | 2028 | yes  | 29   |
      | 2019 | no   | 28   |
      | 1800 | no   | 28   |
      | 2400 | yes  | 29   |
      | 2004 | yes  | 29   |
      | 1700 | no   | 28   |
