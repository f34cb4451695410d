Feature: Monthly budget summary

  Scenario Outline: closing a budget category
    Given the "<category>" budget is <budget>
    And <spent> has been spent this month
    When the month is closed
    Then the summary reads "<summary>"

    Examples:
      | category          | budget  | spent   | summary                              |
      | Groceries         | 350.00  | 362.10  | Groceries: 12.10 over budget         |
      | Car               | 150.00  | 150.00  | Car: on budget                       |
      | Coffee and snacks | 30.00   | 29.99   | Coffee and snacks: 0.01 under budget |
      | Books             | 25.00   | 0.00    | Books: 25.00 under budget            |
      | Eating out        | 80.00   | 101.30  | Eating out: 21.30 over budget        |
      | Holidays          | 1000.00 | 1234.56 | Holidays: 234.56 over budget         |
