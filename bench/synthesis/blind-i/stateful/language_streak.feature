Feature: Practice streak
  The streak counts the days in a row with at least one finished lesson. A
  lesson on the day after the last lesson day adds one day; more lessons on
  the same day change nothing; after a day with no lesson the streak starts
  again at 1. The best streak is the longest streak so far.

  Scenario: three days in a row
    Given a new learner
    When a lesson is finished on "2026-03-01"
    And a lesson is finished on "2026-03-02"
    And a lesson is finished on "2026-03-03"
    Then the streak is 3 days

  Scenario: two lessons on one day
    Given a new learner
    When a lesson is finished on "2026-03-01"
    And a lesson is finished on "2026-03-01"
    Then the streak is 1 days
    When a lesson is finished on "2026-03-02"
    Then the streak is 2 days

  Scenario: a missed day
    Given a new learner
    When a lesson is finished on "2026-03-01"
    And a lesson is finished on "2026-03-02"
    And a lesson is finished on "2026-03-04"
    Then the streak is 1 days
    And the best streak is 2 days

  Scenario: into a new month
    Given a new learner
    When a lesson is finished on "2026-01-30"
    And a lesson is finished on "2026-01-31"
    And a lesson is finished on "2026-02-01"
    Then the streak is 3 days
    And the best streak is 3 days

  Scenario: coming back after a break
    Given a new learner
    When a lesson is finished on "2026-05-01"
    And a lesson is finished on "2026-05-02"
    And a lesson is finished on "2026-05-03"
    And a lesson is finished on "2026-05-04"
    And a lesson is finished on "2026-05-06"
    And a lesson is finished on "2026-05-07"
    Then the streak is 2 days
    And the best streak is 4 days
