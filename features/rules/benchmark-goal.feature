Feature: Judging a benchmark against its goal
  specloop's own rule, synthesised into generated/src/judgeGoal.ts and used by the benchmark
  scripts: a measured ratio meets its goal when it is at most the goal.

  Scenario Outline: a measured ratio and a goal
    Given a measured ratio of <ratio> and a goal of <goal>
    When the goal is judged
    Then the goal is met: <met>

    Examples:
      | ratio | goal | met   |
      | 0.3   | 0.5  | true  |
      | 0.5   | 0.5  | true  |
      | 0.51  | 0.5  | false |
      | 1.2   | 1.15 | false |
      | 0.66  | 1.15 | true  |
      | 0.75  | 0.1  | false |
