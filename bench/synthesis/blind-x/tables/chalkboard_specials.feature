Feature: Chalkboard specials
  Each line on the specials board is 24 characters: the dish, then dots, then the
  price.

  Scenario Outline: writing up a special
    Given the dish is "<dish>"
    And it costs <price>
    When the line is chalked up
    Then the board line is "<line>"

    Examples:
      | dish              | price | line                     |
      | Soup of the day   | 4.50  | Soup of the day.....4.50 |
      | Fish pie          | 11.95 | Fish pie...........11.95 |
      | Lasagne           | 9.50  | Lasagne.............9.50 |
      | Apple crumble     | 5.25  | Apple crumble.......5.25 |
      | Steak and ale pie | 12.50 | Steak and ale pie..12.50 |
      | Tea               | 1.80  | Tea.................1.80 |
      | Ploughman's       | 8.00  | Ploughman's.........8.00 |
      | Chips             | 2.95  | Chips...............2.95 |
