Feature: Expense claim totals

  Scenario Outline: totalling a claim
    Given a "<cat1>" expense of <amount1>
    And a "<cat2>" expense of <amount2>
    And a "<cat3>" expense of <amount3>
    When the claim is totalled
    Then travel comes to <travel>
    And meals come to <meals>

    Examples:
      | cat1   | amount1 | cat2   | amount2 | cat3   | amount3 | travel | meals |
      | travel | 12.40   | meals  | 8.95    | travel | 3.10    | 15.50  | 8.95  |
      | meals  | 10.00   | meals  | 4.50    | meals  | 0.75    | 0.00   | 15.25 |
      | travel | 45.00   | travel | 19.99   | travel | 0.01    | 65.00  | 0.00  |
      | meals  | 0.10    | travel | 2.20    | meals  | 0.20    | 2.20   | 0.30  |
      | travel | 120.00  | meals  | 32.80   | meals  | 17.20   | 120.00 | 50.00 |
      | meals  | 6.35    | travel | 6.35    | travel | 6.35    | 12.70  | 6.35  |
      | travel | 7.77    | meals  | 1.11    | travel | 2.23    | 10.00  | 1.11  |
      | travel | 88.10   | meals  | 14.65   | meals  | 9.35    | 88.10  | 24.00 |
