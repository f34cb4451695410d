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
      | 10     | 8     | 3     | 2       |
      | 45     | 35    | 14    | 7       |
      | 100    | 80    | 30    | 16      |
      | 27     | 31    | 8     | 6       |
      | 12     | 9     | 4     | 2       |
      | 55     | 48    | 17    | 10      |
