Feature: Restaurant delivery fee
  The delivery fee is 10% of the food total, but never less than 2.50 and never more than 9.00.

  Scenario Outline: fee for an order
    Given a food order totalling <total>
    When the delivery fee is added
    Then the delivery fee is <fee>

    Examples:
      | total  | fee  |
      | 30.00  | 3.00 |
      | 5.00   | 2.50 |
      | 200.00 | 9.00 |
      | 47.30  | 4.73 |
      | 89.90  | 8.99 |
