Feature: Rain gauge average
  The weekly figure is the mean of the three gauges, rounded to a whole millimetre.

  Scenario Outline: the weekly rainfall figure
    Given the north gauge shows <north> mm
    And the east gauge shows <east> mm
    And the west gauge shows <west> mm
    When the weekly figure is worked out
    Then the weekly rainfall is <rainfall> mm

    Examples:
      | north | east | west | rainfall |
      | 10    | 12   | 14   | 12       |
      | 3     | 4    | 4    | 4        |
      | 20    | 21   | 20   | 20       |
      | 0     | 0    | 2    | 1        |
      | 31    | 40   | 35   | 35       |
      | 7     | 7    | 8    | 7        |
