Feature: Postcode tidying

  Scenario Outline: saving a delivery address
    Given the customer typed the postcode "<typed>"
    When the postcode is tidied
    Then the postcode is saved as "<saved>"

    Examples:
      | typed    | saved    |
      | gl50 1ab | GL50 1AB |
      | e1 6an   | E1 6AN   |
      | BT7 1NN  | BT7 1NN  |
      | pl4 8a a | PL4 8AA  |
      | ox13pt   | OX1 3PT  |
      | n1c 4ag  | N1C 4AG  |
