Feature: Sales commission
  Sales staff earn 4% on the first 10000.00 of their monthly sales and 6% on the part
  above 10000.00. Commission is rounded to the nearest cent.

  Scenario Outline: commission for a month
    Given a salesperson sold <sales> this month
    When the commission is calculated
    Then the commission is <commission>

    Examples:
      | sales    | commission |
      | 0.00     | 0.00       |
      | 5000.00  | 200.00     |
      | 9999.99  | 400.00     |
      | 10000.00 | 400.00     |
      | 10000.01 | 400.00     |
      | 8333.33  | 333.33     |
      | 12500.00 | 550.00     |
      | 15432.10 | 725.93     |
      | 20000.00 | 1000.00    |
