Feature: Rugby scoreboard
  A try is worth 5 points, a conversion 2, and a penalty or a drop goal 3. A conversion may only
  be kicked straight after that team's own try, and only once for each try.

  Scenario: the Bears pull ahead
    Given the match has just kicked off
    When the Bears score a try
    And the Bears convert
    And the Bears score a try
    And the Bears miss the conversion
    And the Lions kick a drop goal
    Then the score is "Lions 3 - 12 Bears"

  Scenario: two refused kicks
    Given the match has just kicked off
    When the Lions kick a penalty
    And the Lions convert
    Then the referee says "no try to convert"
    When the Bears score a try
    And the Bears convert
    And the Bears convert
    Then the referee says "no try to convert"
    And the score is "Lions 3 - 7 Bears"

  Scenario: a penalty in between
    Given the match has just kicked off
    When the Lions score a try
    And the Bears kick a penalty
    And the Lions convert
    Then the referee says "no try to convert"
    When the Lions score a try
    And the Lions convert
    Then the score is "Lions 12 - 3 Bears"
