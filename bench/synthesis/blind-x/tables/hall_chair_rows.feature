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
      | 60     | 10      | 6    | yes  |
      | 61     | 10      | 7    | no   |
      | 59     | 10      | 6    | no   |
      | 8      | 12      | 1    | no   |
      | 12     | 12      | 1    | yes  |
      | 100    | 8       | 13   | no   |
      | 96     | 8       | 12   | yes  |
      | 45     | 7       | 7    | no   |
      | 140    | 14      | 10   | yes  |
