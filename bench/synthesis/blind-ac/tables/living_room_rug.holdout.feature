Feature: Rug for a room
  Our rugs come in 120 x 170, 160 x 230, 200 x 290 and 240 x 340 cm. We suggest the
  largest one that leaves at least 30 cm of bare floor on every side of the room.

  Scenario Outline: suggesting a rug
    Given a room <width> cm by <length> cm
    When a rug is suggested
    Then the suggested rug is "<rug>"

    Examples:
      | width | length | rug       |
      | 500   | 420    | 240 x 340 |
      | 380   | 270    | 200 x 290 |
      | 230   | 330    | 160 x 230 |
      | 200   | 260    | 120 x 170 |
      | 150   | 400    | none      |
      | 270   | 280    | 120 x 170 |
