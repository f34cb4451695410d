Feature: Loyalty points
  Members earn one point for every whole euro they spend; the cents do not count.

  Scenario Outline: points for a purchase
    Given a member spends <amount> euros
    When the purchase is recorded
    Then the member earns <points> points

    Examples:
      | amount | points |
      | 10.00  | 10     |
      | 25.00  | 25     |
      | 7.20   | 7      |
      | 99.40  | 99     |
      | 0.40   | 0      |
      | 150.25 | 150    |
