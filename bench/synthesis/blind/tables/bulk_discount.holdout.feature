Feature: Trade counter discount
  Trade orders over 100 get 10 percent off the whole order.

  Scenario Outline: paying for a trade order
    Given a trade order worth <total>
    When the discount is applied
    Then the customer pays <paid>

    Examples:
      | total | paid  |
      | 101   | 90.9  |
      | 1000  | 900   |
      | 0     | 0     |
      | 80    | 80    |
      | 250   | 225   |
      | 100.5 | 90.45 |
