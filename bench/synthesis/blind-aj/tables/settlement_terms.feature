Feature: Paying an invoice early
  Our terms: 2% off if the invoice is paid within 10 days of its date, otherwise
  the full amount within 30 days. The discount is rounded to the nearest penny,
  half a penny up, before it comes off. After 30 days the payment is late.

  Scenario Outline: what a customer should pay
    Given an invoice for <amount>
    And a payment <days> days after the invoice date
    When the amount due is worked out
    Then the amount due is <due>
    And the payment is late: <late>

    Examples:
      | amount  | days | due    | late |
      | 500.00  | 3    | 490.00 | no   |
      | 500.00  | 10   | 490.00 | no   |
      | 500.00  | 11   | 500.00 | no   |
      | 123.45  | 7    | 120.98 | no   |
      | 99.75   | 10   | 97.75  | no   |
      | 99.75   | 30   | 99.75  | no   |
      | 99.75   | 31   | 99.75  | yes  |
      | 1000.00 | 0    | 980.00 | no   |
      | 64.20   | 45   | 64.20  | yes  |
