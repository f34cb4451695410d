Feature: Dance school class
  Under-sevens go to Tots, however long they have danced. From seven, pupils with
  under two years of lessons go to Starters, two to four years to Improvers and
  five years or more to Advanced.

  Scenario Outline: placing a new pupil
    Given the pupil is <age> years old
    And their years of lessons so far come to <years>
    When the pupil is placed in a class
    Then they join "<class>"

    Examples:
      | age | years | class     |
      | 4   | 0     | Tots      |
      | 6   | 2     | Tots      |
      | 7   | 0     | Starters  |
      | 10  | 1     | Starters  |
      | 10  | 2     | Improvers |
      | 14  | 4     | Improvers |
      | 14  | 5     | Advanced  |
      | 35  | 0     | Starters  |
      | 6   | 5     | Tots      |
