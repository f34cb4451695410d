Feature: Cheque amount

  Scenario Outline: filling in the amount box
    Given a payment of <amount>
    When the amount box is filled in
    Then the box reads "<box>"

    Examples:
      | amount     | box          |
      | 20.50      | *******20.50 |
      | 250.00     | ******250.00 |
      | 7777.77    | ****7,777.77 |
      | 50000.00   | ***50,000.00 |
      | 123456.78  | **123,456.78 |
      | 2500000.00 | 2,500,000.00 |
