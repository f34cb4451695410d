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
      | travel | 5.60    | travel | 4.40    | meals  | 12.35   | 10.00  | 12.35 |
      | meals  | 9.99    | travel | 14.50   | meals  | 0.01    | 14.50  | 10.00 |
      | travel | 1.10    | travel | 1.10    | travel | 1.10    | 3.30   | 0.00  |
      | meals  | 7.45    | meals  | 7.45    | travel | 33.00   | 33.00  | 14.90 |
      | meals  | 2.50    | meals  | 3.60    | meals  | 4.70    | 0.00   | 10.80 |
      | travel | 61.25   | meals  | 18.90   | travel | 0.75    | 62.00  | 18.90 |
