Feature: Cemetery plot reference
  Each plot gets a reference made of the section letter in capitals, the row as two digits and
  the plot number as three digits, joined by dashes. Plots for ashes are in the garden of
  remembrance, so their references start with "GR-".

  Scenario Outline: the reference for a plot
    Given a plot in section "<section>"
    And the plot is in row <row> at number <plot>
    And it is for "<kind>"
    When the reference is written
    Then the reference is "<reference>"

    Examples:
      | section | row | plot | kind   | reference   |
      | g       | 3   | 88   | burial | G-03-088    |
      | P       | 15  | 7    | ashes  | GR-P-15-007 |
      | r       | 11  | 300  | burial | R-11-300    |
      | T       | 6   | 12   | ashes  | GR-T-06-012 |
      | a       | 20  | 1    | burial | A-20-001    |
      | W       | 8   | 99   | ashes  | GR-W-08-099 |
