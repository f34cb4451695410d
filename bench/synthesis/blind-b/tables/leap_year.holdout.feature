Feature: Leap years

  Scenario Outline: ordinary years
    Given the year <year>
    When the calendar is printed
    Then February has <days> days

    Examples:
      | year | days |
      | 2028 | 29   |
      | 2027 | 28   |
      | 1988 | 29   |

  Scenario Outline: century years
    Given the year <year>
    When the calendar is printed
    Then February has <days> days

    Examples:
      | year | days |
      | 2400 | 29   |
      | 1800 | 28   |
      | 2200 | 28   |
