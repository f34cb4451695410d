Feature: Daily step counter
  Each walk adds its steps to today's total; the daily goal of 10000 steps is reached once the total gets to 10000.

  Background:
    Given a new day with no steps yet

  Scenario: one walk
    When I walk 2500 steps
    Then today's total is 2500 steps
    And the daily goal is reached: no

  Scenario: walks add up
    When I walk 4000 steps
    And I walk 3500 steps
    And I walk 1200 steps
    Then today's total is 8700 steps
    And the number of walks today is 3
    And the longest walk today was 4000 steps

  Scenario: reaching the goal
    When I walk 6000 steps
    And I walk 4500 steps
    Then today's total is 10500 steps
    And the daily goal is reached: yes

  Scenario: nothing walked yet
    Then today's total is 0 steps
    And the daily goal is reached: no
