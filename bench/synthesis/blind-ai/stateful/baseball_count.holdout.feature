Feature: Baseball count
  The scoreboard keeps the count for the batter as balls and strikes, like
  "2-1". Four balls is a walk and three strikes is a strikeout; either way
  the count goes back to "0-0" for the next batter. A foul ball counts as a
  strike, but it never makes the third strike. A strikeout or a catch is an
  out, and a catch also starts a new count. After three outs the inning is
  over: no pitch is counted until the next inning starts with no outs.

  Scenario: a long at-bat with two out
    Given the inning is under way with 2 out and the count at "3-1"
    When the batter hits a foul ball
    Then the count is "3-2"
    When the batter hits a foul ball
    And the pitch is a ball
    Then the walks are 1
    And the outs are 2
    And the count is "0-0"

  Scenario: three quick outs
    Given a new inning has started
    When the pitch is a strike
    And the pitch is a strike
    And the pitch is a strike
    And the batter is caught out
    And the pitch is a strike
    And the batter hits a foul ball
    And the pitch is a strike
    Then the outs are 3
    When the pitch is a ball
    Then the umpire says "the inning is over"
    When the next inning starts
    Then the outs are 0
    And the count is "0-0"

  Scenario: a catch late in the count
    Given the inning is under way with 1 out and the count at "2-0"
    When the pitch is a ball
    And the pitch is a strike
    And the batter is caught out
    Then the outs are 2
    And the count is "0-0"
    When the next inning starts
    Then the umpire says "the inning is not over yet"
