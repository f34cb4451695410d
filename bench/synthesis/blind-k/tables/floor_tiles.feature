Feature: Floor tile order
  One box of tiles covers 1.44 square metres. We add 10% to the floor area for cuts and
  breakage, and always order whole boxes, rounding up.

  Scenario Outline: boxes for a rectangular room
    Given a room of <length> m by <width> m
    When the tiles are ordered
    Then the number of boxes is <boxes>

    Examples:
      | length | width | boxes |
      | 3.00   | 2.00  | 5     |
      | 4.80   | 3.00  | 11    |
      | 1.20   | 1.00  | 1     |
      | 2.50   | 2.50  | 5     |
      | 5.00   | 4.00  | 16    |
      | 2.20   | 1.80  | 4     |
      | 0.90   | 0.80  | 1     |
      | 6.10   | 3.40  | 16    |
