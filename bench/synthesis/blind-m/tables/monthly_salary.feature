Feature: Payslip from annual salary

  Scenario Outline: working out the pay
    Given an annual salary of <annual>
    When the payslip is worked out
    Then the monthly pay is <monthly>
    And the weekly pay is <weekly>

    Examples:
      | annual | monthly | weekly  |
      | 31200  | 2600.00 | 600.00  |
      | 25000  | 2083.33 | 480.77  |
      | 20000  | 1666.67 | 384.62  |
      | 18500  | 1541.67 | 355.77  |
      | 45000  | 3750.00 | 865.38  |
      | 52000  | 4333.33 | 1000.00 |
      | 27350  | 2279.17 | 525.96  |
      | 60100  | 5008.33 | 1155.77 |
