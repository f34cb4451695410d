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
      | amount   | new | abroad | held |
      | 1500.00  | yes | no     | yes  |
      | 0.01     | yes | yes    | yes  |
      | 12000.00 | yes | no     | yes  |
      | 4000.00  | no  | yes    | no   |
      | 50.00    | no  | no     | no   |
      | 999.00   | yes | no     | no   |
