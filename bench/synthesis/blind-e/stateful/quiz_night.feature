Feature: Pub quiz scoreboard

  Scenario: points add up per team
    Given the team "Owls" has joined
    And the team "Foxes" has joined
    When "Owls" score 3 points
    And "Foxes" score 2 points
    And "Owls" score 1 points
    Then "Owls" have 4 points
    And "Foxes" have 2 points
    And the leader is "Owls"

  Scenario: level at the top
    Given the team "Owls" has joined
    And the team "Foxes" has joined
    When "Foxes" score 5 points
    And "Owls" score 5 points
    Then the leader is "tie"

  Scenario: a penalty never takes a team below zero
    Given the team "Owls" has joined
    When "Owls" score 2 points
    And "Owls" lose 5 points
    Then "Owls" have 0 points
    When "Owls" score 4 points
    Then "Owls" have 4 points

  Scenario: a team that has not joined
    Given the team "Owls" has joined
    When "Badgers" score 3 points
    Then the score is refused with "no team called Badgers"
    And "Owls" have 0 points

  Scenario: a penalty changes the leader
    Given the team "Owls" has joined
    And the team "Foxes" has joined
    And the team "Bees" has joined
    When "Bees" score 4 points
    And "Owls" score 6 points
    And "Owls" lose 3 points
    Then the leader is "Bees"
    And "Owls" have 3 points
