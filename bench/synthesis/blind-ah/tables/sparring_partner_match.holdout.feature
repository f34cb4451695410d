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
      | 12      | 2         | 38     | 13      | 4         | 47     | yes |
      | 40      | 5         | 85     | 38      | 8         | 84     | no  |
      | 21      | 9         | 72     | 24      | 7         | 83     | no  |
      | 15      | 6         | 58     | 16      | 6         | 58     | no  |
      | 18      | 3         | 64     | 50      | 1         | 74     | yes |
      | 11      | 1         | 35     | 14      | 5         | 40     | no  |
