Feature: Council tax band
  Homes are banded by their value: A up to 40000, B up to 52000, C up to 68000, D up to
  88000, E up to 120000, F up to 160000, G up to 320000 and H above that.

  Scenario Outline: the band for a home
    Given a home valued at <value>
    When the council tax band is looked up
    Then the band is "<band>"

    Examples:
      | value  | band |
      | 40000  | A    |
      | 40001  | B    |
      | 52000  | B    |
      | 68000  | C    |
      | 68001  | D    |
      | 88000  | D    |
      | 120001 | F    |
      | 160000 | F    |
      | 320001 | H    |
