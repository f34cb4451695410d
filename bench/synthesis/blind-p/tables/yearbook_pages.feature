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
      | 0        | 4     | 0     |
      | 1        | 8     | 3     |
      | 6        | 8     | 3     |
      | 7        | 8     | 2     |
      | 24       | 8     | 0     |
      | 25       | 12    | 3     |
      | 48       | 12    | 0     |
      | 49       | 16    | 3     |
      | 90       | 20    | 1     |
