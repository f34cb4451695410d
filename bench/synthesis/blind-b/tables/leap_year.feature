Feature: Leap years

  Scenario Outline: ordinary years
    Given the year <year>
    When the calendar is printed
    Then February has <days> days

    Examples:
      | year | days |
      | 2024 | 29   |
      | 2023 | 28   |
      | 1996 | 29   |
      | 2019 | 28   |

  Scenario Outline: century years
    Given the year <year>
    When the calendar is printed
    Then February has <days> days

    Examples:
      | year | days |
      | 2000 | 29   |
      | 1900 | 28   |
      | 2100 | 28   |
      | 1600 | 29   |
