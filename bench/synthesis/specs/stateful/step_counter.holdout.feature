Feature: Daily step counter
  Each walk adds its steps to today's total; the daily goal of 10000 steps is reached once the total gets to 10000.

  Background:
    Given a new day with no steps yet

  Scenario: reaching the goal exactly
    When I walk 6000 steps
    And I walk 4000 steps
    Then today's total is 10000 steps
    And the daily goal is reached: yes
    And the longest walk today was 6000 steps

  Scenario: short walks
    When I walk 300 steps
    And I walk 700 steps
    And I walk 200 steps
    Then today's total is 1200 steps
    And the number of walks today is 3
    And the longest walk today was 700 steps
    And the daily goal is reached: no

  Scenario: one step short
    When I walk 9999 steps
    Then the daily goal is reached: no
    And the number of walks today is 1
