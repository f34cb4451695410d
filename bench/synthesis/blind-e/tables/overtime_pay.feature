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
      | 0     | 20.00 | 0.00    |
      | 20    | 15.00 | 300.00  |
      | 38    | 20.00 | 760.00  |
      | 39    | 20.00 | 790.00  |
      | 45    | 20.00 | 970.00  |
      | 46    | 20.00 | 1010.00 |
      | 50    | 18.50 | 1082.25 |
      | 40.5  | 16.00 | 668.00  |
