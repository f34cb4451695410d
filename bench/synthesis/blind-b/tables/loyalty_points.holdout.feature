Feature: Loyalty points
  Members earn one point for every whole euro they spend; the cents do not count.

  Scenario Outline: points for a purchase
    Given a member spends <amount> euros
    When the purchase is recorded
    Then the member earns <points> points

    Examples:
      | amount | points |
      | 12.80  | 12     |
      | 49.99  | 49     |
      | 3.50   | 3      |
      | 200.00 | 200    |
