Feature: Payment security checks
  A payment is held for a check when it goes to a new payee and is 1000.00 or more, when it
  is 5000.00 or more to anyone, or when it goes to a new payee abroad.

  Scenario Outline: screening a payment
    Given a payment of <amount>
    And the payee is new: <new>
    And the payee is abroad: <abroad>
    When the bank screens the payment
    Then the payment is held for a check: <held>

    Examples:
      | amount  | new | abroad | held |
      | 999.99  | yes | no     | no   |
      | 1000.00 | yes | no     | yes  |
      | 300.00  | yes | no     | no   |
      | 4999.99 | no  | no     | no   |
      | 5000.00 | no  | no     | yes  |
      | 20.00   | yes | yes    | yes  |
      | 20.00   | no  | yes    | no   |
      | 2500.00 | no  | yes    | no   |
      | 7500.00 | no  | yes    | yes  |
