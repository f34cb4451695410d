Feature: Paint for a wall
  One litre of paint covers 10 square metres for one coat. Paint is sold
  in tins of 2.5 litres, and enough whole tins are bought.

  Scenario Outline: litres and tins
    Given a wall of <area> square metres
    And <coats> coats of paint
    When the paint is ordered
    Then <litres> litres are needed
    And <tins> tins are bought

    Examples:
      | area | coats | litres | tins |
      | 40   | 2     | 8.0    | 4    |
      | 25   | 1     | 2.5    | 1    |
      | 60   | 3     | 18.0   | 8    |
      | 13   | 2     | 2.6    | 2    |
      | 125  | 2     | 25.0   | 10   |
      | 7    | 1     | 0.7    | 1    |
