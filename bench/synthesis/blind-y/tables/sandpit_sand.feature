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
      | 100    | 100   | 200    | 13   |
      | 80     | 100   | 160    | 10   |
      | 80     | 101   | 162    | 11   |
      | 75     | 75    | 113    | 8    |
      | 120    | 120   | 288    | 18   |
      | 150    | 100   | 300    | 19   |
      | 90     | 60    | 108    | 7    |
      | 40     | 40    | 32     | 2    |
      | 125    | 85    | 213    | 14   |
