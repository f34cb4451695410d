Feature: Hall chair rows
  Chairs are set out in rows of the given length, and the last row may be short. We
  want to know how many rows to set out and whether every row is full.

  Scenario Outline: setting out the hall
    Given <guests> guests are coming
    And a row takes <per_row> chairs
    When the chairs are set out
    Then the rows to set out come to <rows>
    And every row is full: <full>

    Examples:
      | guests | per_row | rows | full |
      | 13     | 12      | 2    | no   |
      | 250    | 10      | 25   | yes  |
      | 3      | 6       | 1    | no   |
      | 77     | 11      | 7    | yes  |
      | 200    | 9       | 23   | no   |
      | 24     | 6       | 4    | yes  |
