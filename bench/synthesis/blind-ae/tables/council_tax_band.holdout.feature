Feature: Council tax band
  Homes are banded by their value: A up to 40000, B up to 52000, C up to 68000, D up to
  88000, E up to 120000, F up to 160000, G up to 320000 and H above that.

  Scenario Outline: the band for a home
    Given a home valued at <value>
    When the council tax band is looked up
    Then the band is "<band>"

    Examples:
      | value  | band |
      | 25000  | A    |
      | 60000  | C    |
      | 95000  | E    |
      | 150000 | F    |
      | 200000 | G    |
      | 450000 | H    |
