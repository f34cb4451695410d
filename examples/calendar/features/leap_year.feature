Feature: Leap years
  A year divisible by 4 is a leap year, except centuries, unless divisible by 400.

  Scenario Outline: deciding whether a year is a leap year
    Given the year <year>
    When I check whether it is a leap year
    Then the answer is <leap>

    Examples:
      | year | leap  |
      | 2024 | true  |
      | 2023 | false |
      | 1900 | false |
      | 2000 | true  |
      | 2100 | false |
      | 1996 | true  |
      | 2400 | true  |
      | 2019 | false |
      | 2020 | true  |
