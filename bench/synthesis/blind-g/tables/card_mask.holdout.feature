Feature: Card numbers on receipts
  Every digit except the last four is replaced by a star. Spaces and dashes
  stay where they are.

  Scenario Outline: masked card number
    Given the card number "<number>"
    When it is printed on the receipt
    Then the receipt shows "<shown>"

    Examples:
      | number              | shown               |
      | 3530 1113 3330 0000 | **** **** **** 0000 |
      | 4000-0566-5566-5556 | ****-****-****-5556 |
      | 5105105105105100    | ************5100    |
      | 98765               | *8765               |
      | 12 34 56            | ** 34 56            |
      | 1-2-3-4-5           | *-2-3-4-5           |
