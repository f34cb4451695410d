Feature: Card numbers on receipts
  Every digit except the last four is replaced by a star. Spaces and dashes
  stay where they are.

  Scenario Outline: masked card number
    Given the card number "<number>"
    When it is printed on the receipt
    Then the receipt shows "<shown>"

    Examples:
      | number              | shown               |
      | 4111111111111111    | ************1111    |
      | 4111 1111 1111 1234 | **** **** **** 1234 |
      | 5500-0000-0000-0004 | ****-****-****-0004 |
      | 1234                | 1234                |
      | 12345               | *2345               |
      | 378282246310005     | ***********0005     |
      | 6011 0009 9013 9424 | **** **** **** 9424 |
      | 123                 | 123                 |
