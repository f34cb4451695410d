Feature: Gymnastics judging
  Three judges each give a mark; the highest and the lowest are dropped and the middle mark counts.

  Scenario Outline: the mark that counts
    Given the judges give <first>, <second> and <third>
    When the counting mark is picked
    Then the gymnast gets <mark>

    Examples:
      | first | second | third | mark |
      | 10    | 7      | 9     | 9    |
      | 8     | 8.5    | 8.5   | 8.5  |
      | 3     | 9      | 4     | 4    |
      | 7.4   | 6.9    | 7.1   | 7.1  |
