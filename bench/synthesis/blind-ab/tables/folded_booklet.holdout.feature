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
      | 5     | 2      | 3     |
      | 14    | 4      | 2     |
      | 24    | 6      | 0     |
      | 47    | 12     | 1     |
      | 61    | 16     | 3     |
      | 100   | 25     | 0     |
