Feature: Student loan deductions
  Each payday we take 9% of the month's pay above the monthly threshold of the
  borrower's plan, rounded down to a whole pound. The thresholds are 2172.00 for
  plan 1, 2372.00 for plan 2 and 2728.00 for plan 4. At or below the threshold
  nothing is taken.

  Scenario Outline: the deduction for one month
    Given a monthly pay of <pay>
    And a student loan on "<plan>"
    When the payroll runs
    Then the student loan deduction is <deduction>

    Examples:
      | pay     | plan   | deduction |
      | 2172.00 | plan 1 | 0.00      |
      | 2183.11 | plan 1 | 0.00      |
      | 2183.12 | plan 1 | 1.00      |
      | 3000.00 | plan 1 | 74.00     |
      | 3000.00 | plan 2 | 56.00     |
      | 3000.00 | plan 4 | 24.00     |
      | 2372.00 | plan 2 | 0.00      |
      | 1500.00 | plan 4 | 0.00      |
      | 5250.50 | plan 2 | 259.00    |
