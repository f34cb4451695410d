Feature: Street sign

  Scenario Outline: the text on a street sign
    Given the street "<street>"
    When the sign is made
    Then the sign reads "<sign>"

    Examples:
      | street           | sign           |
      | Queen Street     | QUEEN ST       |
      | Orchard Lane     | ORCHARD LN     |
      | Victoria Avenue  | VICTORIA AVE   |
      | London Road      | LONDON RD      |
      | Mill Road        | MILL RD        |
      | Cherry Tree Lane | CHERRY TREE LN |
