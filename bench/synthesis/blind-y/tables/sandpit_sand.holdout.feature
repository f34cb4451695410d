Feature: Sandpit sand
  The sand goes in 20 cm deep. We show the litres needed to the nearest litre (halves go
  up). One bag fills 16 litres, and we order enough whole bags to fill the pit.

  Scenario Outline: working out the sand for a sandpit
    Given the sandpit is <length> cm long and <width> cm wide
    When the sand is worked out
    Then it needs <litres> litres of sand
    And <bags> bags are ordered

    Examples:
      | length | width | litres | bags |
      | 200    | 150   | 600    | 38   |
      | 60     | 45    | 54     | 4    |
      | 110    | 95    | 209    | 14   |
      | 160    | 160   | 512    | 32   |
      | 35     | 35    | 25     | 2    |
      | 130    | 75    | 195    | 13   |
