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
      | 5   | 1     | Tots      |
      | 8   | 3     | Improvers |
      | 11  | 0     | Starters  |
      | 16  | 7     | Advanced  |
      | 60  | 12    | Advanced  |
      | 3   | 0     | Tots      |
