Feature: Product code tidying

  Scenario Outline: tidying a typed product code
    Given the typed code "<typed>"
    When the code is tidied
    Then the code reads "<code>"
    And the code is valid: <valid>

    Examples:
      | typed               | code           | valid |
      | zz-zz-zz-zz-zz      | ZZZZ-ZZZZ-ZZ   | true  |
      | 1a2b3c4d            | 1A2B-3C4D      | false |
      | m n o p q r s t u v | MNOP-QRST-UV   | true  |
      | abcdefghijkl        | ABCD-EFGH-IJKL | false |
