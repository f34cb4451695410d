Feature: Rug for a room
  Our rugs come in 120 x 170, 160 x 230, 200 x 290 and 240 x 340 cm. We suggest the
  largest one that leaves at least 30 cm of bare floor on every side of the room.

  Scenario Outline: suggesting a rug
    Given a room <width> cm by <length> cm
    When a rug is suggested
    Then the suggested rug is "<rug>"

    Examples:
      | width | length | rug       |
      | 450   | 340    | 240 x 340 |
      | 300   | 400    | 240 x 340 |
      | 299   | 400    | 200 x 290 |
      | 300   | 399    | 200 x 290 |
      | 260   | 350    | 200 x 290 |
      | 259   | 350    | 160 x 230 |
      | 220   | 290    | 160 x 230 |
      | 180   | 230    | 120 x 170 |
      | 179   | 240    | none      |
