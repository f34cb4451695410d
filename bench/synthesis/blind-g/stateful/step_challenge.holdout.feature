Feature: Daily step challenge

  Scenario: just short, then back on track
    Given a daily goal of 7000 steps
    When 3000 steps are walked
    And 4000 steps are walked
    Then the goal is reached today: yes
    When the day ends
    And 6999 steps are walked
    And the day ends
    And 7000 steps are walked
    And the day ends
    Then the streak is 1 days
    And today's steps are 0

  Scenario: two good days and a start
    Given a daily goal of 3000 steps
    When 3000 steps are walked
    And the day ends
    And 2500 steps are walked
    And 600 steps are walked
    And the day ends
    Then the streak is 2 days
    When 100 steps are walked
    Then today's steps are 100
    And the goal is reached today: no
