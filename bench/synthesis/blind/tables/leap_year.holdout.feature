Feature: Leap years in the wall calendar

  Scenario Outline: how long February is
    Given the calendar for <year>
    When February is printed
    Then February has <days> days

    Examples:
      | year | days |
      | 2400 | 29   |
      | 2025 | 28   |
      | 1600 | 29   |
      | 1800 | 28   |
      | 2028 | 29   |
