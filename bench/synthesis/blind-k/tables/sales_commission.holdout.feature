Feature: Sales commission
  Sales staff earn 4% on the first 10000.00 of their monthly sales and 6% on the part
  above 10000.00. Commission is rounded to the nearest cent.

  Scenario Outline: commission for a month
    Given a salesperson sold <sales> this month
    When the commission is calculated
    Then the commission is <commission>

    Examples:
      | sales    | commission |
      | 7250.00  | 290.00     |
      | 11000.00 | 460.00     |
      | 10250.50 | 415.03     |
      | 30000.00 | 1600.00    |
      | 1234.56  | 49.38      |
      | 18765.43 | 925.93     |
