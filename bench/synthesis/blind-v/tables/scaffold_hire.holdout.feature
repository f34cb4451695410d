Feature: Scaffold hire
  The erection charge of 420.00 covers the first 4 weeks (28 days). Every week or part of a week
  after that costs 55.00. Scaffolding standing over a pavement needs a council licence, which
  adds 90.00.

  Scenario Outline: the scaffolding bill
    Given scaffolding is up for <days> days
    And it stands over the pavement: <pavement>
    When the scaffold bill is worked out
    Then the extra weeks charged are <extra_weeks>
    And the bill is <bill>

    Examples:
      | days | pavement | extra_weeks | bill    |
      | 14   | yes      | 0           | 510.00  |
      | 30   | yes      | 1           | 565.00  |
      | 43   | no       | 3           | 585.00  |
      | 56   | no       | 4           | 640.00  |
      | 70   | no       | 6           | 750.00  |
      | 100  | yes      | 11          | 1115.00 |
