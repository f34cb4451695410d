Feature: Board game score sheet
  Every player starts on 0 points, and a score never goes below 0. The leader
  is the player with the most points; when the top score is shared the leader
  is "nobody". Only players on the sheet can score.

  Scenario: a close game
    Given a score sheet for Mo, Lu and Kai
    When Mo scores 10 points
    And Lu scores 12 points
    And Mo loses 3 points
    And Lu loses 5 points
    And Kai scores 8 points
    Then Mo has 7 points
    And Lu has 7 points
    And Kai has 8 points
    And the leader is "Kai"

  Scenario: a penalty at the start
    Given a score sheet for Mo and Lu
    When Mo loses 2 points
    And Lu scores 2 points
    Then Mo has 0 points
    And the leader is "Lu"

  Scenario: a spectator tries to score
    Given a score sheet for Mo and Lu
    When Zed scores 9 points
    Then I am told "Zed is not playing"
