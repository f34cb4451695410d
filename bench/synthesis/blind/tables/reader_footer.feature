Feature: E-reader footer

  Scenario Outline: the footer while reading
    Given a book of <pages> pages
    And the reader is on page <page>
    When the footer is drawn
    Then the footer reads "<footer>"

    Examples:
      | pages | page | footer                     |
      | 10    | 3    | Page 3 of 10, 7 to go      |
      | 10    | 10   | Page 10 of 10, 0 to go     |
      | 250   | 1    | Page 1 of 250, 249 to go   |
      | 320   | 160  | Page 160 of 320, 160 to go |
      | 48    | 47   | Page 47 of 48, 1 to go     |
