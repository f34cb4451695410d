Feature: Spreadsheet column

  Scenario Outline: the letters above a column
    Given column <number> of a spreadsheet
    When the column heading is shown
    Then the heading is "<heading>"

    Examples:
      | number | heading |
      | 1      | A       |
      | 2      | B       |
      | 26     | Z       |
      | 27     | AA      |
      | 28     | AB      |
      | 52     | AZ      |
      | 53     | BA      |
      | 702    | ZZ      |
      | 703    | AAA     |
