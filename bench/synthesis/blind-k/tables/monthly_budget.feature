Feature: Monthly budget summary

  Scenario Outline: closing a budget category
    Given the "<category>" budget is <budget>
    And <spent> has been spent this month
    When the month is closed
    Then the summary reads "<summary>"

    Examples:
      | category           | budget | spent  | summary                              |
      | Groceries          | 400.00 | 387.50 | Groceries: 12.50 under budget        |
      | Eating out         | 120.00 | 123.20 | Eating out: 3.20 over budget         |
      | Transport          | 90.00  | 90.00  | Transport: on budget                 |
      | Clothes            | 50.00  | 0.00   | Clothes: 50.00 under budget          |
      | Gifts              | 75.00  | 150.00 | Gifts: 75.00 over budget             |
      | Phone and internet | 45.99  | 46.00  | Phone and internet: 0.01 over budget |
      | Household          | 200.00 | 199.90 | Household: 0.10 under budget         |
      | Pets               | 60.00  | 12.35  | Pets: 47.65 under budget             |
