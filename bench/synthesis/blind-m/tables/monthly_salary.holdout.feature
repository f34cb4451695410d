Feature: Payslip from annual salary

  Scenario Outline: working out the pay
    Given an annual salary of <annual>
    When the payslip is worked out
    Then the monthly pay is <monthly>
    And the weekly pay is <weekly>

    Examples:
      | annual | monthly | weekly  |
      | 24000  | 2000.00 | 461.54  |
      | 38750  | 3229.17 | 745.19  |
      | 19999  | 1666.58 | 384.60  |
      | 104000 | 8666.67 | 2000.00 |
      | 33333  | 2777.75 | 641.02  |
      | 15600  | 1300.00 | 300.00  |
