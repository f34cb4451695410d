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
      | 80   | 0    | 80    |
      | 80   | 1    | 72    |
      | 80   | 5    | 40    |
      | 80   | 6    | 0     |
      | 75   | 2    | 60    |
      | 65   | 3    | 46    |
      | 100  | 4    | 60    |
      | 0    | 2    | 0     |
      | 91   | 1    | 82    |
