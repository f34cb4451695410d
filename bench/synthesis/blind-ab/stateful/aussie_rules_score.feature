Feature: Footy scoreboard
  A goal is worth 6 points and a behind 1 point. The board shows goals, behinds and the total
  for each team, like 3.2 (20).

  Scenario: before the first bounce
    Given the match has just started
    Then the home score reads "0.0 (0)"
    And the away score reads "0.0 (0)"
    And the leader is "level"

  Scenario: a goal and two behinds
    Given the match has just started
    When the home team kicks a goal
    And the home team kicks a behind
    And the home team kicks a behind
    Then the home score reads "1.2 (8)"
    And the leader is "home"

  Scenario: both teams on the board
    Given the match has just started
    When the home team kicks a goal
    And the away team kicks a goal
    And the away team kicks a behind
    Then the home score reads "1.0 (6)"
    And the away score reads "1.1 (7)"
    And the leader is "away"

  Scenario: behinds add up
    Given the match has just started
    When the away team kicks a goal
    And the home team kicks a behind
    And the home team kicks a behind
    And the home team kicks a behind
    And the home team kicks a behind
    And the home team kicks a behind
    And the home team kicks a behind
    Then the home score reads "0.6 (6)"
    And the away score reads "1.0 (6)"
    And the leader is "level"
