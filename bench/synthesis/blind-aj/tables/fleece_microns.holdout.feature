Feature: Fleece grading
  The wool buyer grades each fleece on its average fibre diameter in microns.
  Up to 15.5 is ultrafine, up to 18.5 superfine, up to 19.5 fine and up to 22.5
  medium; anything coarser is strong. A fleece with more than 3% vegetable matter
  drops one grade, though strong wool cannot go any lower.

  Scenario Outline: grading a fleece
    Given a fleece of <microns> microns
    And <matter> percent vegetable matter
    When the fleece is graded
    Then the grade is "<grade>"

    Examples:
      | microns | matter | grade     |
      | 14.8    | 0.2    | ultrafine |
      | 14.0    | 4.0    | superfine |
      | 19.0    | 3.5    | medium    |
      | 21.0    | 5.0    | strong    |
      | 25.0    | 6.0    | strong    |
      | 18.0    | 1.0    | superfine |
