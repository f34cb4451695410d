Feature: Pub quiz scoreboard
  Each team's points are added up through the night; a penalty takes points away; the leading team is the one with the most points.

  Background:
    Given a new quiz night

  Scenario: a penalty costs the lead
    When team "Owls" scores 4 points
    And team "Foxes" scores 3 points
    And team "Foxes" scores 2 points
    And team "Owls" is penalised 1 points
    Then the leading team is "Foxes"
    And all teams together have 8 points
    And team "Owls" has 3 points

  Scenario: a single team
    When team "Bears" scores 7 points
    And team "Bears" is penalised 2 points
    Then team "Bears" has 5 points
    And the leading team is "Bears"
    And all teams together have 5 points
