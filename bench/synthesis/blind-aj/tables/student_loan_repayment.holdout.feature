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
      | 2500.00 | plan 1 | 29.00     |
      | 2483.11 | plan 2 | 9.00      |
      | 2739.12 | plan 4 | 1.00      |
      | 4100.00 | plan 4 | 123.00    |
      | 2371.99 | plan 2 | 0.00      |
      | 6000.00 | plan 1 | 344.00    |
