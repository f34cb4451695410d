Feature: Roman numerals
  Scenario Outline: a number in roman numerals
    Given the number <n>
    When it is written in roman numerals
    Then the numeral is "<numeral>"

    Examples:
      | n  | numeral |
      | 1  | I       |
      | 4  | IV      |
      | 9  | IX      |
      | 14 | XIV     |
      | 40 | XL      |
