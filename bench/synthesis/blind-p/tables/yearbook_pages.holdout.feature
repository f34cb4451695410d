Feature: Yearbook pages
  Six students fit on a page, and 4 more pages hold the cover, the head's letter and the staff.
  The printer only prints whole sheets of 4 pages, so any pages left over stay blank.

  Scenario Outline: sizing the yearbook
    Given the number of leavers this year is <students>
    When the yearbook is laid out
    Then the printer prints <pages> pages
    And the number of blank pages is <blank>

    Examples:
      | students | pages | blank |
      | 12       | 8     | 2     |
      | 13       | 8     | 1     |
      | 30       | 12    | 3     |
      | 60       | 16    | 2     |
      | 72       | 16    | 0     |
      | 150      | 32    | 3     |
