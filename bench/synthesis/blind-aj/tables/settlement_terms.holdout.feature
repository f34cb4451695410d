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
      | amount | days | due    | late |
      | 250.00 | 9    | 245.00 | no   |
      | 250.00 | 12   | 250.00 | no   |
      | 80.25  | 5    | 78.64  | no   |
      | 315.60 | 10   | 309.29 | no   |
      | 42.00  | 30   | 42.00  | no   |
      | 42.00  | 60   | 42.00  | yes  |
