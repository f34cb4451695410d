Feature: Class trip vote
  Pupils vote for a destination until the teacher closes the vote.

  Scenario: counting votes
    Given a new vote on the class trip
    When a pupil votes for "zoo"
    And a pupil votes for "museum"
    And a pupil votes for "zoo"
    Then "zoo" has 2 votes
    And "museum" has 1 votes

  Scenario: the favourite
    Given a new vote on the class trip
    When a pupil votes for "beach"
    And a pupil votes for "zoo"
    And a pupil votes for "beach"
    And a pupil votes for "beach"
    Then "beach" is in the lead

  Scenario: voting after the vote has closed
    Given a new vote on the class trip
    When a pupil votes for "zoo"
    And the teacher closes the vote
    And a pupil votes for "museum"
    Then the pupil is told "the vote is closed"
    And "museum" has 0 votes

  Scenario: nobody has voted yet
    Given a new vote on the class trip
    Then "zoo" has 0 votes
