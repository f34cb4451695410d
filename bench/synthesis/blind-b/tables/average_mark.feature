Feature: Report card average
  The report card shows the average of the three term marks, rounded to the nearest whole mark.

  Scenario Outline: averaging the term marks
    Given the autumn mark is <autumn>
    And the spring mark is <spring>
    And the summer mark is <summer>
    When the report card is written
    Then the average mark is <average>

    Examples:
      | autumn | spring | summer | average |
      | 70     | 80     | 90     | 80      |
      | 65     | 70     | 71     | 69      |
      | 50     | 51     | 51     | 51      |
      | 100    | 99     | 99     | 99      |
      | 0      | 0      | 1      | 0       |
      | 55     | 56     | 56     | 56      |
      | 34     | 35     | 35     | 35      |
