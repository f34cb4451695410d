Feature: Skirting board
  Skirting runs round all four walls, less 80 cm for each doorway. It is sold in 2.4 m lengths:
  add 10% to the metres needed for offcuts, then round up to whole lengths.

  Scenario Outline: buying skirting for a room
    Given a room <length> cm by <width> cm
    And the door count is <doors>
    When the skirting is measured
    Then <metres> metres of skirting are needed
    And <lengths> lengths are bought

    Examples:
      | length | width | doors | metres | lengths |
      | 400    | 300   | 1     | 13.20  | 7       |
      | 300    | 300   | 1     | 11.20  | 6       |
      | 500    | 400   | 2     | 16.40  | 8       |
      | 240    | 120   | 0     | 7.20   | 4       |
      | 640    | 600   | 1     | 24.00  | 11      |
      | 641    | 600   | 1     | 24.02  | 12      |
      | 250    | 200   | 1     | 8.20   | 4       |
      | 310    | 275   | 3     | 9.30   | 5       |
      | 200    | 180   | 0     | 7.60   | 4       |
