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
      | 88     | 92     | 95     | 92      |
      | 40     | 41     | 40     | 40      |
      | 12     | 13     | 14     | 13      |
      | 77     | 78     | 78     | 78      |
