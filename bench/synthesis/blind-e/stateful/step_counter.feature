Feature: Step counter
  The steps walked during a day are added up. The goal is reached when the steps
  of the day are at least the goal. When a day ends with the goal reached the
  streak goes up by one; a day that ends without it sets the streak back to 0.
  Every day starts with 0 steps. A goal below 1000 steps is refused with "goal
  must be at least 1000" and the old goal stays.

  Scenario: walking towards the goal
    Given a step counter with a goal of 8000 steps
    When 2500 steps are walked
    And 4000 steps are walked
    Then the steps today are 6500
    And the goal is reached: no
    When 1500 steps are walked
    Then the steps today are 8000
    And the goal is reached: yes

  Scenario: a good day starts a streak
    Given a step counter with a goal of 8000 steps
    When 9000 steps are walked
    And the day ends
    Then the streak is 1
    And the steps today are 0

  Scenario: one step short
    Given a step counter with a goal of 8000 steps
    And a streak of 4
    When 7999 steps are walked
    And the day ends
    Then the streak is 0

  Scenario: changing the goal
    Given a step counter with a goal of 8000 steps
    When the goal is changed to 500 steps
    Then the goal change is refused with "goal must be at least 1000"
    When 6000 steps are walked
    Then the goal is reached: no
    When the goal is changed to 6000 steps
    Then the goal is reached: yes

  Scenario: two good days in a row
    Given a step counter with a goal of 8000 steps
    And a streak of 2
    When 8500 steps are walked
    And the day ends
    And 8000 steps are walked
    And the day ends
    Then the streak is 4
