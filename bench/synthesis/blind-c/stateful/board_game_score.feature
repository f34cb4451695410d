Feature: Board game score sheet
  Every player starts on 0 points, and a score never goes below 0. The leader
  is the player with the most points; when the top score is shared the leader
  is "nobody". Only players on the sheet can score.

  Scenario: keeping score
    Given a score sheet for Ana, Ben and Cy
    When Ana scores 5 points
    And Ben scores 3 points
    And Ana scores 2 points
    Then Ana has 7 points
    And Ben has 3 points
    And Cy has 0 points
    And the leader is "Ana"

  Scenario: losing more points than you have
    Given a score sheet for Ana and Ben
    When Ben scores 4 points
    And Ben loses 6 points
    Then Ben has 0 points

  Scenario: a shared lead
    Given a score sheet for Ana, Ben and Cy
    When Ana scores 4 points
    And Cy scores 4 points
    Then the leader is "nobody"

  Scenario: someone who is not playing
    Given a score sheet for Ana and Ben
    When Dee scores 4 points
    Then I am told "Dee is not playing"
    And the leader is "nobody"
