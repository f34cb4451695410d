Feature: Sparring partners
  Two club members may spar together when their grades are at most 2 apart and their weights
  differ by no more than 10 kg. Juniors (under 16) only spar with other juniors.

  Scenario Outline: whether two members may spar
    Given Ana is <ana_age> years old, grade <ana_grade>, weighing <ana_kg> kg
    And Ben is <ben_age> years old, grade <ben_grade>, weighing <ben_kg> kg
    When the pairing is checked
    Then they may spar: <ok>

    Examples:
      | ana_age | ana_grade | ana_kg | ben_age | ben_grade | ben_kg | ok  |
      | 14      | 3         | 45     | 15      | 5         | 52     | yes |
      | 14      | 3         | 45     | 16      | 4         | 50     | no  |
      | 30      | 6         | 80     | 25      | 9         | 78     | no  |
      | 30      | 6         | 80     | 41      | 8         | 90     | yes |
      | 22      | 2         | 70     | 35      | 1         | 81     | no  |
      | 15      | 7         | 60     | 12      | 5         | 55     | yes |
      | 16      | 4         | 66     | 19      | 4         | 59     | yes |
      | 28      | 10        | 95     | 33      | 7         | 92     | no  |
      | 13      | 1         | 40     | 17      | 2         | 45     | no  |
