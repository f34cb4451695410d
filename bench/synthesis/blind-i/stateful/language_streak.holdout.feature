Feature: Practice streak
  The streak counts the days in a row with at least one finished lesson. A
  lesson on the day after the last lesson day adds one day; more lessons on
  the same day change nothing; after a day with no lesson the streak starts
  again at 1. The best streak is the longest streak so far.

  Scenario: over the end of June
    Given a new learner
    When a lesson is finished on "2026-06-29"
    And a lesson is finished on "2026-06-30"
    And a lesson is finished on "2026-07-01"
    And a lesson is finished on "2026-07-01"
    And a lesson is finished on "2026-07-02"
    Then the streak is 4 days
    And the best streak is 4 days

  Scenario: a gap at new year
    Given a new learner
    When a lesson is finished on "2026-12-30"
    And a lesson is finished on "2026-12-31"
    Then the streak is 2 days
    When a lesson is finished on "2027-01-02"
    And a lesson is finished on "2027-01-03"
    And a lesson is finished on "2027-01-04"
    Then the streak is 3 days
    And the best streak is 3 days

  Scenario: the end of February
    Given a new learner
    When a lesson is finished on "2026-02-27"
    And a lesson is finished on "2026-02-28"
    And a lesson is finished on "2026-03-01"
    Then the streak is 3 days
