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
      | 420    | 385   | 2     | 14.50  | 7       |
      | 600    | 450   | 4     | 17.80  | 9       |
      | 330    | 330   | 1     | 12.40  | 6       |
      | 150    | 150   | 0     | 6.00   | 3       |
      | 1300   | 1140  | 1     | 48.00  | 22      |
      | 500    | 500   | 2     | 18.40  | 9       |
