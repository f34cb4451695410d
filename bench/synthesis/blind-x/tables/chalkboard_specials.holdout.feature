Feature: Chalkboard specials
  Each line on the specials board is 24 characters: the dish, then dots, then the
  price.

  Scenario Outline: writing up a special
    Given the dish is "<dish>"
    And it costs <price>
    When the line is chalked up
    Then the board line is "<line>"

    Examples:
      | dish             | price | line                     |
      | Cheese toastie   | 6.75  | Cheese toastie......6.75 |
      | Roast chicken    | 13.50 | Roast chicken......13.50 |
      | Scone            | 3.20  | Scone...............3.20 |
      | Jacket potato    | 7.00  | Jacket potato.......7.00 |
      | Eton mess        | 5.50  | Eton mess...........5.50 |
      | Sausage and mash | 10.25 | Sausage and mash...10.25 |
