Feature: Pub quiz scoreboard
  Each team's points are added up through the night; a penalty takes points away; the leading team is the one with the most points.

  Background:
    Given a new quiz night

  Scenario: points add up
    When team "Owls" scores 3 points
    And team "Owls" scores 2 points
    Then team "Owls" has 5 points

  Scenario: the leading team
    When team "Owls" scores 3 points
    And team "Foxes" scores 5 points
    And team "Owls" scores 1 points
    Then the leading team is "Foxes"

  Scenario: a penalty
    When team "Foxes" scores 4 points
    And team "Foxes" is penalised 1 points
    Then team "Foxes" has 3 points

  Scenario: all points of the night
    When team "Owls" scores 3 points
    And team "Foxes" scores 5 points
    And team "Bears" scores 2 points
    Then all teams together have 10 points
    And team "Hares" has 0 points
