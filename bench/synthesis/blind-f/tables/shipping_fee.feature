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
      | order  | fee  | total  |
      | 5.00   | 6.95 | 11.95  |
      | 19.99  | 6.95 | 26.94  |
      | 20.00  | 3.95 | 23.95  |
      | 35.50  | 3.95 | 39.45  |
      | 49.99  | 3.95 | 53.94  |
      | 50.00  | 0.00 | 50.00  |
      | 120.40 | 0.00 | 120.40 |
      | 1.20   | 6.95 | 8.15   |
