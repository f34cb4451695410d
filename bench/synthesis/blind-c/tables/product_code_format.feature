Feature: Product code tidying

  Scenario Outline: tidying a typed product code
    Given the typed code "<typed>"
    When the code is tidied
    Then the code reads "<code>"
    And the code is valid: <valid>

    Examples:
      | typed          | code          | valid |
      | a1b2c3d4e5     | A1B2-C3D4-E5  | true  |
      | A1B2 C3D4 E5   | A1B2-C3D4-E5  | true  |
      | ab-cd-ef-gh-ij | ABCD-EFGH-IJ  | true  |
      | qwer tyui op   | QWER-TYUI-OP  | true  |
      | x9y8z7         | X9Y8-Z7       | false |
      | 12345678901    | 1234-5678-901 | false |
      | abcd           | ABCD          | false |
