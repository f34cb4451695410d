Feature: Floor tile order
  One box of tiles covers 1.44 square metres. We add 10% to the floor area for cuts and
  breakage, and always order whole boxes, rounding up.

  Scenario Outline: boxes for a rectangular room
    Given a room of <length> m by <width> m
    When the tiles are ordered
    Then the number of boxes is <boxes>

    Examples:
      | length | width | boxes |
      | 6.00   | 4.80  | 22    |
      | 4.00   | 3.00  | 10    |
      | 1.50   | 1.50  | 2     |
      | 7.25   | 3.10  | 18    |
      | 2.40   | 2.40  | 5     |
      | 1.80   | 1.20  | 2     |
