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
      | c       | 4   | 17   | burial | C-04-017    |
      | A       | 12  | 3    | burial | A-12-003    |
      | f       | 1   | 150  | ashes  | GR-F-01-150 |
      | B       | 30  | 9    | ashes  | GR-B-30-009 |
      | h       | 7   | 248  | burial | H-07-248    |
      | D       | 10  | 60   | burial | D-10-060    |
      | k       | 2   | 5    | ashes  | GR-K-02-005 |
      | E       | 25  | 100  | burial | E-25-100    |
      | m       | 9   | 40   | ashes  | GR-M-09-040 |
