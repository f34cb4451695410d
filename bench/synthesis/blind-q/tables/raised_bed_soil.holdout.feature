Feature: Raised bed soil
  Litres of soil = length x width x depth in centimetres / 1000, rounded to the nearest litre.
  Soil is sold in 60 litre bags, and we buy enough whole bags to cover the rounded litres.

  Scenario Outline: ordering soil for a new bed
    Given a raised bed <length> cm long and <width> cm wide
    And it is filled <depth> cm deep
    When the soil is worked out
    Then it needs <litres> litres of soil
    And the number of bags is <bags>

    Examples:
      | length | width | depth | litres | bags |
      | 180    | 90    | 35    | 567    | 10   |
      | 75     | 75    | 22    | 124    | 3    |
      | 45     | 30    | 15    | 20     | 1    |
      | 100    | 60    | 20    | 120    | 2    |
      | 133    | 47    | 28    | 175    | 3    |
      | 301    | 64    | 31    | 597    | 10   |
