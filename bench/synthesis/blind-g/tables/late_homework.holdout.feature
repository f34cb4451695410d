Feature: Late homework
  Homework handed in late loses 10 percent of its mark for each day late,
  rounded to the nearest whole mark (a half goes up). More than 5 days late it
  scores 0.

  Scenario Outline: recorded mark
    Given homework marked <mark> out of 100
    And handed in <days> days late
    When the mark is recorded
    Then the recorded mark is <final>

    Examples:
      | mark | days | final |
      | 90   | 2    | 72    |
      | 55   | 1    | 50    |
      | 100  | 5    | 50    |
      | 70   | 7    | 0     |
      | 85   | 3    | 60    |
      | 33   | 4    | 20    |
