Feature: Bulb planting card
  Plant a bulb three times as deep as it is tall, and space bulbs twice their width apart.
  We measure bulbs in millimetres; the card gives whole centimetres, to the nearest one,
  with halves going up.

  Scenario Outline: printing a planting card
    Given a bulb <height> mm tall and <width> mm wide
    When the planting card is printed
    Then the planting depth is <depth> cm
    And the spacing is <spacing> cm

    Examples:
      | height | width | depth | spacing |
      | 50     | 30    | 15    | 6       |
      | 25     | 25    | 8     | 5       |
      | 35     | 15    | 11    | 3       |
      | 40     | 22    | 12    | 4       |
      | 15     | 12    | 5     | 2       |
      | 70     | 55    | 21    | 11      |
      | 33     | 27    | 10    | 5       |
      | 18     | 23    | 5     | 5       |
      | 22     | 17    | 7     | 3       |
