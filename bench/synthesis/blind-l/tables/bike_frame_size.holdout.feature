Feature: Bike frame size
  The frame size comes from the rider's height: under 160 cm is "XS", 160 to
  169 cm is "S", 170 to 179 cm is "M", 180 to 189 cm is "L" and 190 cm or more
  is "XL".

  Scenario Outline: choosing a frame
    Given a rider who is <height> cm tall
    When the frame size is chosen
    Then the frame size is "<size>"

    Examples:
      | height | size |
      | 145    | XS   |
      | 163    | S    |
      | 176    | M    |
      | 184    | L    |
      | 203    | XL   |
      | 171    | M    |
