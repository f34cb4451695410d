Feature: Step counter
  The steps walked during a day are added up. The goal is reached when the steps
  of the day are at least the goal. When a day ends with the goal reached the
  streak goes up by one; a day that ends without it sets the streak back to 0.
  Every day starts with 0 steps. A goal below 1000 steps is refused with "goal
  must be at least 1000" and the old goal stays.

  Scenario: a harder goal
    Given a step counter with a goal of 8000 steps
    When the goal is changed to 12000 steps
    And 10000 steps are walked
    Then the goal is reached: no
    When the day ends
    Then the streak is 0
    And the steps today are 0

  Scenario: a long streak, then a lazy day
    Given a step counter with a goal of 8000 steps
    And a streak of 6
    When 3000 steps are walked
    And 5000 steps are walked
    Then the goal is reached: yes
    When the day ends
    Then the streak is 7
    When 100 steps are walked
    And the day ends
    Then the streak is 0

  Scenario: the smallest goal allowed
    Given a step counter with a goal of 8000 steps
    When the goal is changed to 999 steps
    Then the goal change is refused with "goal must be at least 1000"
    When the goal is changed to 1000 steps
    And 1000 steps are walked
    Then the goal is reached: yes
