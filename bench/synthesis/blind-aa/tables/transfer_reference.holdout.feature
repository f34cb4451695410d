Feature: Bank transfer reference
  The bank takes references of up to 18 characters made of capital letters, digits and
  single spaces. We turn what the customer typed into capitals, drop every other character,
  close up any double spaces, and cut it to 18 characters with no space left at the end.

  Scenario Outline: cleaning up a reference
    Given the customer types "<typed>" as the reference
    When the payment is sent
    Then the bank sees "<reference>"

    Examples:
      | typed                        | reference          |
      | Thank you!                   | THANK YOU          |
      | Tea money                    | TEA MONEY          |
      | Ref: 2026/0042 (plumber)     | REF 20260042 PLUMB |
      | Netball subs for autumn term | NETBALL SUBS FOR A |
      | Loan repayment no. 3         | LOAN REPAYMENT NO  |
      | Wedding gift -- Amy & Raj    | WEDDING GIFT AMY R |
