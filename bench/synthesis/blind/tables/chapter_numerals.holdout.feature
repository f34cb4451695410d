Feature: Chapter headings
  Chapters are numbered in Roman numerals.

  Scenario Outline: numbering a chapter
    Given chapter <number> of the manuscript
    When the heading is typeset
    Then the heading reads "Chapter <numeral>"

    Examples:
      | number | numeral |
      | 3      | III     |
      | 19     | XIX     |
      | 40     | XL      |
      | 12     | XII     |
      | 8      | VIII    |
      | 27     | XXVII   |
