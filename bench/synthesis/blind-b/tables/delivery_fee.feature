Feature: Restaurant delivery fee
  The delivery fee is 10% of the food total, but never less than 2.50 and never more than 9.00.

  Scenario Outline: fee for an order
    Given a food order totalling <total>
    When the delivery fee is added
    Then the delivery fee is <fee>

    Examples:
      | total  | fee  |
      | 40.00  | 4.00 |
      | 10.00  | 2.50 |
      | 150.00 | 9.00 |
      | 25.00  | 2.50 |
      | 90.00  | 9.00 |
      | 60.00  | 6.00 |
      | 85.50  | 8.55 |
