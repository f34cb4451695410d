Feature: Pub quiz scoreboard

  Scenario: a close evening
    Given the team "Quizlings" has joined
    And the team "Brainiacs" has joined
    When "Brainiacs" score 7 points
    And "Quizlings" score 4 points
    And "Brainiacs" lose 2 points
    And "Quizlings" score 2 points
    Then "Quizlings" have 6 points
    And "Brainiacs" have 5 points
    And the leader is "Quizlings"

  Scenario: a bad start
    Given the team "Quizlings" has joined
    When "Quizlings" lose 1 points
    And "Quizlings" score 3 points
    Then "Quizlings" have 3 points
    When "Trivia Kings" score 2 points
    Then the score is refused with "no team called Trivia Kings"

  Scenario: three teams level, then one pulls ahead
    Given the team "Ants" has joined
    And the team "Bats" has joined
    And the team "Cats" has joined
    When "Ants" score 2 points
    And "Bats" score 3 points
    And "Cats" score 3 points
    Then the leader is "tie"
    When "Ants" score 1 points
    Then the leader is "tie"
    When "Cats" score 1 points
    Then the leader is "Cats"
    And "Ants" have 3 points
