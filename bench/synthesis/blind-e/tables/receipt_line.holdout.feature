Feature: Till receipt

  Scenario Outline: one line on the receipt
    Given <quantity> of "<item>" at <price> euros each
    When the receipt line is printed
    Then the line reads "<line>"

    Examples:
      | quantity | item     | price | line                         |
      | 5        | notebook | 3.20  | 5 x NOTEBOOK @ 3.20 = 16.00  |
      | 1        | Teapot   | 18.90 | 1 x TEAPOT @ 18.90 = 18.90   |
      | 6        | lemon    | 0.35  | 6 x LEMON @ 0.35 = 2.10      |
      | 3        | bath mat | 12.99 | 3 x BATH MAT @ 12.99 = 38.97 |
      | 20       | nail     | 0.05  | 20 x NAIL @ 0.05 = 1.00      |
