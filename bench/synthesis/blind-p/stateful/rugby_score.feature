Feature: Rugby scoreboard
  A try is worth 5 points, a conversion 2, and a penalty or a drop goal 3. A conversion may only
  be kicked straight after that team's own try, and only once for each try.

  Scenario: a converted try
    Given the match has just kicked off
    When the Lions score a try
    And the Lions convert
    Then the score is "Lions 7 - 0 Bears"

  Scenario: penalties, a drop goal and a missed kick
    Given the match has just kicked off
    When the Bears kick a penalty
    And the Bears score a try
    And the Bears miss the conversion
    And the Lions kick a drop goal
    And the Bears kick a penalty
    Then the score is "Lions 3 - 11 Bears"

  Scenario: nothing to convert
    Given the match has just kicked off
    When the Bears convert
    Then the referee says "no try to convert"
    When the Bears score a try
    And the Lions kick a penalty
    And the Bears convert
    Then the referee says "no try to convert"
    And the score is "Lions 3 - 5 Bears"

  Scenario: a missed conversion
    Given the match has just kicked off
    When the Lions score a try
    And the Lions miss the conversion
    And the Lions convert
    Then the referee says "no try to convert"
    And the score is "Lions 5 - 0 Bears"
    When the Bears score a try
    And the Bears convert
    Then the score is "Lions 5 - 7 Bears"

  Scenario: only your own try, and only once
    Given the match has just kicked off
    When the Lions score a try
    And the Bears convert
    Then the referee says "no try to convert"
    When the Lions convert
    And the Lions score a try
    And the Lions convert
    Then the score is "Lions 14 - 0 Bears"
    When the Lions convert
    Then the referee says "no try to convert"
