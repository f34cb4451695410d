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
      | 15.5    | 0.5    | ultrafine |
      | 15.6    | 1.0    | superfine |
      | 18.5    | 3.0    | superfine |
      | 18.6    | 2.0    | fine      |
      | 19.5    | 0.0    | fine      |
      | 19.6    | 1.5    | medium    |
      | 22.5    | 2.5    | medium    |
      | 22.6    | 0.0    | strong    |
      | 17.0    | 3.1    | fine      |
