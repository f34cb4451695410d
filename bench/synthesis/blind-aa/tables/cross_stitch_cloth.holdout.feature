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
      | 28     | 28   | 14    | 8     | 8      |
      | 500    | 400  | 14    | 42    | 35     |
      | 22     | 44   | 22    | 7     | 8      |
      | 99     | 121  | 11    | 15    | 17     |
      | 160    | 90   | 16    | 16    | 12     |
      | 300    | 250  | 25    | 18    | 16     |
