Feature: Folded booklets
  Booklets are printed on sheets folded in half, so each sheet gives 4 pages. If the content
  does not fill the last sheet, the pages left over at the back are blank.

  Scenario Outline: paper for a booklet
    Given a booklet with <pages> pages of content
    When the print shop plans the booklet
    Then it needs <sheets> sheets
    And the blank page count is <blank>

    Examples:
      | pages | sheets | blank |
      | 8     | 2      | 0     |
      | 9     | 3      | 3     |
      | 10    | 3      | 2     |
      | 11    | 3      | 1     |
      | 12    | 3      | 0     |
      | 13    | 4      | 3     |
      | 20    | 5      | 0     |
      | 30    | 8      | 2     |
