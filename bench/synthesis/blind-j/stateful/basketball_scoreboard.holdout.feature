Feature: Basketball scoreboard
  A basket scores 1, 2 or 3 points for a team; anything else is refused
  with "a basket is 1, 2 or 3 points". Fouls are counted per team and per
  quarter, and a team with 5 or more fouls in the quarter is in the
  penalty. A new quarter clears the fouls but keeps the points. There are
  four quarters; asking for a fifth is refused with "the game is over".

  Scenario: points carry over
    Given a new game between "Lions" and "Bears"
    When "Bears" score 3 points
    And "Bears" score 3 points
    And "Lions" score 2 points
    And the next quarter starts
    And "Lions" score 1 points
    Then the score is "Lions 3 - 6 Bears"
    And it is quarter 2

  Scenario: fouls in two quarters
    Given a new game between "Lions" and "Bears"
    When "Lions" commit a foul
    And "Lions" commit a foul
    And "Lions" commit a foul
    And the next quarter starts
    And "Lions" commit a foul
    And "Lions" commit a foul
    Then "Lions" have 2 fouls
    And "Lions" are in the penalty: no
    When "Lions" commit a foul
    And "Lions" commit a foul
    And "Lions" commit a foul
    Then "Lions" have 5 fouls
    And "Lions" are in the penalty: yes

  Scenario: a late basket
    Given a new game between "Lions" and "Bears"
    When "Bears" score 0 points
    Then the entry is refused with "a basket is 1, 2 or 3 points"
    When the next quarter starts
    And the next quarter starts
    And the next quarter starts
    And "Bears" score 2 points
    Then the score is "Lions 0 - 2 Bears"
    When the next quarter starts
    Then the entry is refused with "the game is over"
