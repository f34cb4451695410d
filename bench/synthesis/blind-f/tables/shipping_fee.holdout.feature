Feature: Delivery charge for an online order
  Orders under 20.00 euros pay 6.95 euros delivery, orders from 20.00 up to
  49.99 pay 3.95, and orders of 50.00 or more are delivered free. The total to
  pay is the order plus the delivery.

  Scenario Outline: delivery charge and total
    Given an order of <order> euros
    When the delivery charge is worked out
    Then the delivery costs <fee> euros
    And the total to pay is <total> euros

    Examples:
      | order | fee  | total |
      | 12.00 | 6.95 | 18.95 |
      | 20.01 | 3.95 | 23.96 |
      | 44.44 | 3.95 | 48.39 |
      | 50.01 | 0.00 | 50.01 |
      | 75.00 | 0.00 | 75.00 |
      | 19.00 | 6.95 | 25.95 |
