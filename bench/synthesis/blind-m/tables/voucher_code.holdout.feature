Feature: Gift voucher cards

  Scenario Outline: printing a voucher code
    Given the voucher code "<raw>"
    When the code is printed on the card
    Then the card shows "<printed>"

    Examples:
      | raw              | printed             |
      | mn12op34         | MN12-OP34           |
      | winter27deal     | WINT-ER27-DEAL      |
      | AB-cd EF-gh      | ABCD-EFGH           |
      | 1a2b3c4d5e6f7g8h | 1A2B-3C4D-5E6F-7G8H |
      | zz99 yy88 xx77   | ZZ99-YY88-XX77      |
