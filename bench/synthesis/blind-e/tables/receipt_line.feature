Feature: Till receipt

  Scenario Outline: one line on the receipt
    Given <quantity> of "<item>" at <price> euros each
    When the receipt line is printed
    Then the line reads "<line>"

    Examples:
      | quantity | item      | price | line                         |
      | 3        | mug       | 4.50  | 3 x MUG @ 4.50 = 13.50       |
      | 1        | tea towel | 2.99  | 1 x TEA TOWEL @ 2.99 = 2.99  |
      | 12       | egg       | 0.25  | 12 x EGG @ 0.25 = 3.00       |
      | 2        | Candle    | 7.00  | 2 x CANDLE @ 7.00 = 14.00    |
      | 10       | pen       | 1.10  | 10 x PEN @ 1.10 = 11.00      |
      | 4        | olive oil | 6.35  | 4 x OLIVE OIL @ 6.35 = 25.40 |
      | 7        | apple     | 0.40  | 7 x APPLE @ 0.40 = 2.80      |
