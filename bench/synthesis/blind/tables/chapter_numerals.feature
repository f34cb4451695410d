Feature: Chapter headings
  Chapters are numbered in Roman numerals.

  Scenario Outline: numbering a chapter
    Given chapter <number> of the manuscript
    When the heading is typeset
    Then the heading reads "Chapter <numeral>"

    Examples:
      | number | numeral |
      | 1      | I       |
      | 2      | II      |
      | 4      | IV      |
      | 5      | V       |
      | 9      | IX      |
      | 10     | X       |
      | 14     | XIV     |
