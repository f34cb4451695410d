Feature: Member discount
  Members get 10 percent off their order, rounded to the nearest cent, but never
  more than 15.00 euros off. Non-members pay the full price.

  Scenario Outline: the discount and the amount to pay
    Given an order of <total> euros
    And the customer is a member: <member>
    When the member discount is applied
    Then the discount is <discount> euros
    And the customer pays <pay> euros

    Examples:
      | total  | member | discount | pay    |
      | 80.00  | yes    | 8.00     | 72.00  |
      | 99.99  | yes    | 10.00    | 89.99  |
      | 500.00 | yes    | 15.00    | 485.00 |
      | 75.50  | no     | 0.00     | 75.50  |
      | 160.00 | yes    | 15.00    | 145.00 |
      | 23.47  | yes    | 2.35     | 21.12  |
