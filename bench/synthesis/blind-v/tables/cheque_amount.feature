Feature: Cheque amount

  Scenario Outline: filling in the amount box
    Given a payment of <amount>
    When the amount box is filled in
    Then the box reads "<box>"

    Examples:
      | amount     | box          |
      | 0.99       | ********0.99 |
      | 5.00       | ********5.00 |
      | 45.00      | *******45.00 |
      | 999.99     | ******999.99 |
      | 1000.00    | ****1,000.00 |
      | 12345.67   | ***12,345.67 |
      | 100000.00  | **100,000.00 |
      | 999999.99  | **999,999.99 |
      | 1000000.00 | 1,000,000.00 |
