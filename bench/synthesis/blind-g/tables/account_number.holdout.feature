Feature: Bank account numbers on statements

  Scenario Outline: printed account number
    Given the account number "<raw>"
    When it is printed on the statement
    Then it shows "<printed>"

    Examples:
      | raw                         | printed                           |
      | it60x0542811101000000123456 | IT60 X054 2811 1010 0000 0123 456 |
      | ES9121000418450200051332    | ES91 2100 0418 4502 0005 1332     |
      | at61 1904 3002 3457 3201    | AT61 1904 3002 3457 3201          |
      | IE29AIBK93115212345678      | IE29 AIBK 9311 5212 3456 78       |
      | dk50 0040 0440 1162 43      | DK50 0040 0440 1162 43            |
      | FI21 14200000 12345 85      | FI21 1420 0000 1234 585           |
