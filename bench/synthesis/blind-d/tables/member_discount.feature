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
      | 40.00  | yes    | 4.00     | 36.00  |
      | 40.00  | no     | 0.00     | 40.00  |
      | 150.00 | yes    | 15.00    | 135.00 |
      | 149.00 | yes    | 14.90    | 134.10 |
      | 151.00 | yes    | 15.00    | 136.00 |
      | 300.00 | yes    | 15.00    | 285.00 |
      | 12.34  | yes    | 1.23     | 11.11  |
      | 300.00 | no     | 0.00     | 300.00 |
