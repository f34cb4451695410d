Feature: Weekly pay with overtime
  The first 38 hours of a week are paid at the hourly rate. Time over 38 hours, up
  to 45 hours, is paid at one and a half times the rate, and time over 45 hours at
  twice the rate.

  Scenario Outline: a week's pay
    Given <hours> hours worked this week
    And an hourly rate of <rate> euros
    When the pay for the week is calculated
    Then the pay is <pay> euros

    Examples:
      | hours | rate  | pay     |
      | 30    | 22.00 | 660.00  |
      | 42    | 19.00 | 836.00  |
      | 44.5  | 20.00 | 955.00  |
      | 55    | 17.00 | 1164.50 |
      | 38.5  | 25.00 | 968.75  |
