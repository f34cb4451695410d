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
      | 120    | 60    | 30    | 216    | 4    |
      | 100    | 100   | 20    | 200    | 4    |
      | 150    | 45    | 25    | 169    | 3    |
      | 80     | 40    | 15    | 48     | 1    |
      | 200    | 100   | 30    | 600    | 10   |
      | 61     | 33    | 29    | 58     | 1    |
      | 90     | 35    | 19    | 60     | 1    |
      | 61     | 50    | 20    | 61     | 2    |
      | 250    | 120   | 40    | 1200   | 20   |
