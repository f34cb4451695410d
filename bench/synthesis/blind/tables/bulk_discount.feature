Feature: Trade counter discount
  Trade orders over 100 get 10 percent off the whole order.

  Scenario Outline: paying for a trade order
    Given a trade order worth <total>
    When the discount is applied
    Then the customer pays <paid>

    Examples:
      | total | paid |
      | 50    | 50   |
      | 99    | 99   |
      | 100   | 100  |
      | 120   | 108  |
      | 150   | 135  |
      | 200   | 180  |
