Feature: Leap years in the wall calendar

  Scenario Outline: how long February is
    Given the calendar for <year>
    When February is printed
    Then February has <days> days

    Examples:
      | year | days |
      | 2024 | 29   |
      | 2023 | 28   |
      | 2000 | 29   |
      | 1900 | 28   |
      | 2100 | 28   |
      | 1996 | 29   |
      | 2019 | 28   |
