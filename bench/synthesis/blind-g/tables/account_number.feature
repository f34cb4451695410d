Feature: Bank account numbers on statements

  Scenario Outline: printed account number
    Given the account number "<raw>"
    When it is printed on the statement
    Then it shows "<printed>"

    Examples:
      | raw                         | printed                           |
      | GB82WEST12345698765432      | GB82 WEST 1234 5698 7654 32       |
      | gb82west12345698765432      | GB82 WEST 1234 5698 7654 32       |
      | DE89370400440532013000      | DE89 3704 0044 0532 0130 00       |
      | NL91 ABNA 0417 1643 00      | NL91 ABNA 0417 1643 00            |
      | fr1420041010050500013m02606 | FR14 2004 1010 0505 0001 3M02 606 |
      | BE68 5390 0754 7034         | BE68 5390 0754 7034               |
      | no9386011117947             | NO93 8601 1117 947                |
      | SE45 5000 00000583 98257466 | SE45 5000 0000 0583 9825 7466     |
