Feature: E-reader footer

  Scenario Outline: the footer while reading
    Given a book of <pages> pages
    And the reader is on page <page>
    When the footer is drawn
    Then the footer reads "<footer>"

    Examples:
      | pages | page | footer                     |
      | 1     | 1    | Page 1 of 1, 0 to go       |
      | 500   | 123  | Page 123 of 500, 377 to go |
      | 12    | 6    | Page 6 of 12, 6 to go      |
      | 999   | 2    | Page 2 of 999, 997 to go   |
