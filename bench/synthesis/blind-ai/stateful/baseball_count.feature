Feature: Baseball count
  The scoreboard keeps the count for the batter as balls and strikes, like
  "2-1". Four balls is a walk and three strikes is a strikeout; either way
  the count goes back to "0-0" for the next batter. A foul ball counts as a
  strike, but it never makes the third strike. A strikeout or a catch is an
  out, and a catch also starts a new count. After three outs the inning is
  over: no pitch is counted until the next inning starts with no outs.

  Scenario: a walk
    Given a new inning has started
    When the pitch is a ball
    And the pitch is a strike
    And the pitch is a ball
    And the pitch is a ball
    And the pitch is a ball
    Then the count is "0-0"
    And the walks are 1
    And the outs are 0

  Scenario: fouls with two strikes
    Given a new inning has started
    When the pitch is a strike
    And the batter hits a foul ball
    And the batter hits a foul ball
    And the batter hits a foul ball
    And the pitch is a ball
    Then the count is "1-2"
    When the pitch is a strike
    Then the count is "0-0"
    And the outs are 1

  Scenario: the third out ends the inning
    Given the inning is under way with 2 out and the count at "1-2"
    When the pitch is a strike
    Then the outs are 3
    When the pitch is a ball
    Then the umpire says "the inning is over"
    And the count is "0-0"
    When the next inning starts
    Then the outs are 0

  Scenario: caught out in the middle of a count
    Given a new inning has started
    When the pitch is a ball
    And the pitch is a ball
    And the batter is caught out
    Then the count is "0-0"
    And the outs are 1
    When the next inning starts
    Then the umpire says "the inning is not over yet"
    And the outs are 1

  Scenario: a full count and a walk
    Given a new inning has started
    When the batter hits a foul ball
    And the batter hits a foul ball
    And the pitch is a ball
    And the pitch is a ball
    And the pitch is a ball
    Then the count is "3-2"
    When the pitch is a ball
    Then the walks are 1
    And the count is "0-0"
