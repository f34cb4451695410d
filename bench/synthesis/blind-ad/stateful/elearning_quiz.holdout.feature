Feature: Safety training quiz
  A learner passes the safety quiz with 8 or more out of 10. There are three attempts; after a
  third failure the quiz locks until a manager unlocks it, which gives three more attempts.
  The best score is kept.

  Scenario: a slow start
    Given a new learner on the safety quiz
    When the learner scores 2
    And the learner scores 6
    Then the best score is 6
    And the attempts left are 1
    When the learner scores 5
    Then the quiz shows "locked"
    And the best score is 6
    When a manager unlocks the quiz
    And the learner scores 7
    Then the attempts left are 2
    And the best score is 7

  Scenario: unlocking too soon
    Given a new learner on the safety quiz
    When the learner scores 4
    And a manager unlocks the quiz
    Then the quiz says "the quiz is not locked"
    And the attempts left are 2
    When the learner scores 8
    Then the quiz shows "passed"

  Scenario: locked twice
    Given a new learner on the safety quiz
    When the learner scores 1
    And the learner scores 2
    And the learner scores 3
    And the learner scores 8
    Then the quiz says "the quiz is locked, ask your manager"
    When a manager unlocks the quiz
    And the learner scores 7
    And the learner scores 6
    And the learner scores 5
    Then the quiz shows "locked"
    And the best score is 7
    And the attempts left are 0
