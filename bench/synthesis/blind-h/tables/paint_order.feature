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
      | 25   | 2     | 5.0    | 2    |
      | 30   | 1     | 3.0    | 2    |
      | 50   | 1     | 5.0    | 2    |
      | 51   | 1     | 5.1    | 3    |
      | 12   | 2     | 2.4    | 1    |
      | 75   | 2     | 15.0   | 6    |
      | 10   | 3     | 3.0    | 2    |
      | 100  | 1     | 10.0   | 4    |
      | 26   | 1     | 2.6    | 2    |
