Feature: Daily step challenge

  Scenario: walking in two parts
    Given a daily goal of 10000 steps
    When 4000 steps are walked
    And 3500 steps are walked
    Then today's steps are 7500
    And the goal is reached today: no

  Scenario: a good day
    Given a daily goal of 8000 steps
    When 8000 steps are walked
    Then the goal is reached today: yes
    When the day ends
    Then the streak is 1 days
    And today's steps are 0
    And the goal is reached today: no

  Scenario: a missed day breaks the streak
    Given a daily goal of 5000 steps
    When 6000 steps are walked
    And the day ends
    And 5000 steps are walked
    And the day ends
    Then the streak is 2 days
    When 4999 steps are walked
    And the day ends
    Then the streak is 0 days

  Scenario: today counts only when the day ends
    Given a daily goal of 5000 steps
    When 5000 steps are walked
    And the day ends
    And 7000 steps are walked
    And the day ends
    And 9000 steps are walked
    Then the streak is 2 days

  Scenario: a lazy day
    Given a daily goal of 6000 steps
    When the day ends
    Then the streak is 0 days
