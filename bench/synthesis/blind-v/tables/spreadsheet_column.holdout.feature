Feature: Spreadsheet column

  Scenario Outline: the letters above a column
    Given column <number> of a spreadsheet
    When the column heading is shown
    Then the heading is "<heading>"

    Examples:
      | number | heading |
      | 5      | E       |
      | 40     | AN      |
      | 100    | CV      |
      | 256    | IV      |
      | 730    | ABB     |
      | 16384  | XFD     |
