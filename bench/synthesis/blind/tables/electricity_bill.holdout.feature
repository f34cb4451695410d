Feature: Monthly electricity bill
  A standing charge of 10, then 0.30 per kWh for the first 100 kWh and 0.20 per kWh beyond that.

  Scenario Outline: the bill for a month
    Given a household that used <kwh> kWh this month
    When the bill is calculated
    Then the bill comes to <bill>

    Examples:
      | kwh  | bill |
      | 80   | 34   |
      | 101  | 40.2 |
      | 1000 | 220  |
      | 10   | 13   |
      | 250  | 70   |
