Feature: Footy scoreboard
  A goal is worth 6 points and a behind 1 point. The board shows goals, behinds and the total
  for each team, like 3.2 (20).

  Scenario: a busy first quarter
    Given the match has just started
    When the home team kicks a goal
    And the home team kicks a goal
    And the home team kicks a goal
    And the home team kicks a behind
    And the away team kicks a goal
    And the away team kicks a goal
    And the away team kicks a behind
    And the away team kicks a behind
    And the away team kicks a behind
    And the away team kicks a behind
    Then the home score reads "3.1 (19)"
    And the away score reads "2.4 (16)"
    And the leader is "home"

  Scenario: the lead changes hands
    Given the match has just started
    When the away team kicks a behind
    And the away team kicks a behind
    And the home team kicks a goal
    Then the home score reads "1.0 (6)"
    And the away score reads "0.2 (2)"
    When the away team kicks a goal
    Then the away score reads "1.2 (8)"
    And the leader is "away"

  Scenario: a behind each
    Given the match has just started
    When the home team kicks a behind
    Then the leader is "home"
    When the away team kicks a behind
    Then the leader is "level"
    And the home score reads "0.1 (1)"
