Feature: Gymnastics judging
  Three judges each give a mark; the highest and the lowest are dropped and the middle mark counts.

  Scenario Outline: the mark that counts
    Given the judges give <first>, <second> and <third>
    When the counting mark is picked
    Then the gymnast gets <mark>

    Examples:
      | first | second | third | mark |
      | 8.5   | 9.0    | 8.0   | 8.5  |
      | 7     | 9      | 8     | 8    |
      | 9.5   | 9.5    | 9     | 9.5  |
      | 6     | 6      | 6     | 6    |
      | 9.2   | 8.8    | 9.6   | 9.2  |
      | 5     | 8      | 7     | 7    |
