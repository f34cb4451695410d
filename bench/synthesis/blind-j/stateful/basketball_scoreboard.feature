Feature: Basketball scoreboard
  A basket scores 1, 2 or 3 points for a team; anything else is refused
  with "a basket is 1, 2 or 3 points". Fouls are counted per team and per
  quarter, and a team with 5 or more fouls in the quarter is in the
  penalty. A new quarter clears the fouls but keeps the points. There are
  four quarters; asking for a fifth is refused with "the game is over".

  Scenario: points on the board
    Given a new game between "Hawks" and "Owls"
    When "Hawks" score 2 points
    And "Owls" score 3 points
    And "Hawks" score 1 points
    Then the score is "Hawks 3 - 3 Owls"
    And it is quarter 1

  Scenario: the fifth foul
    Given a new game between "Hawks" and "Owls"
    When "Owls" commit a foul
    And "Owls" commit a foul
    And "Owls" commit a foul
    And "Owls" commit a foul
    Then "Owls" have 4 fouls
    And "Owls" are in the penalty: no
    When "Owls" commit a foul
    Then "Owls" have 5 fouls
    And "Owls" are in the penalty: yes
    And "Hawks" are in the penalty: no

  Scenario: a new quarter
    Given a new game between "Hawks" and "Owls"
    When "Hawks" score 2 points
    And "Hawks" commit a foul
    And "Hawks" commit a foul
    And "Hawks" commit a foul
    And "Hawks" commit a foul
    And "Hawks" commit a foul
    And the next quarter starts
    Then "Hawks" have 0 fouls
    And "Hawks" are in the penalty: no
    And it is quarter 2
    When "Hawks" score 3 points
    Then the score is "Hawks 5 - 0 Owls"

  Scenario: a wrong basket
    Given a new game between "Hawks" and "Owls"
    When "Hawks" score 4 points
    Then the entry is refused with "a basket is 1, 2 or 3 points"
    And the score is "Hawks 0 - 0 Owls"

  Scenario: after the fourth quarter
    Given a new game between "Hawks" and "Owls"
    When the next quarter starts
    And the next quarter starts
    And the next quarter starts
    Then it is quarter 4
    When the next quarter starts
    Then the entry is refused with "the game is over"
    And it is quarter 4
