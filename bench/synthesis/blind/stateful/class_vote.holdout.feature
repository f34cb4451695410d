Feature: Class trip vote
  Pupils vote for a destination until the teacher closes the vote.

  Scenario: a clear winner
    Given a new vote on the class trip
    When a pupil votes for "castle"
    And a pupil votes for "zoo"
    And a pupil votes for "castle"
    And a pupil votes for "zoo"
    And a pupil votes for "castle"
    Then "castle" is in the lead
    And "zoo" has 2 votes

  Scenario: late votes do not count
    Given a new vote on the class trip
    When a pupil votes for "museum"
    And a pupil votes for "zoo"
    And a pupil votes for "zoo"
    And the teacher closes the vote
    And a pupil votes for "museum"
    And a pupil votes for "museum"
    Then the pupil is told "the vote is closed"
    And "museum" has 1 votes
    And "zoo" is in the lead

  Scenario: closed before anyone voted
    Given a new vote on the class trip
    When the teacher closes the vote
    And a pupil votes for "farm"
    Then the pupil is told "the vote is closed"
    And "farm" has 0 votes
