Feature: E-mail addresses on printed receipts

  Scenario Outline: hiding most of the address
    Given the customer address "<address>"
    When the receipt is printed
    Then the address on it reads "<printed>"

    Examples:
      | address                 | printed                 |
      | eve@home.net            | e*e@home.net            |
      | al@mail.com             | al@mail.com             |
      | christopher@company.com | c*********r@company.com |
      | q@q.org                 | q@q.org                 |
      | tina.lee@uni.edu        | t******e@uni.edu        |
