Feature: Cross stitch fabric size
  The design takes its stitches divided by the fabric count in inches, rounded up to a
  whole inch. We add 3 inches on every side so the finished piece can be framed.

  Scenario Outline: cutting the fabric
    Given a design <across> stitches across and <down> stitches down
    And fabric with <count> stitches to the inch
    When the fabric is cut
    Then the piece is <width> inches wide
    And the piece is <height> inches high

    Examples:
      | across | down | count | width | height |
      | 56     | 70   | 14    | 10    | 11     |
      | 84     | 84   | 14    | 12    | 12     |
      | 140    | 98   | 14    | 16    | 13     |
      | 141    | 99   | 14    | 17    | 14     |
      | 240    | 160  | 14    | 24    | 18     |
      | 100    | 60   | 11    | 16    | 12     |
      | 200    | 150  | 16    | 19    | 16     |
      | 180    | 126  | 18    | 16    | 13     |
      | 181    | 127  | 18    | 17    | 14     |
