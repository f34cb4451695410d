Feature: Screen time on the family tablet
  The tablet allows 90 minutes of play a day. A session that would go over
  the day's minutes is refused with "only N minutes left today". A new day
  starts with the full 90 minutes again.

  Scenario: one session
    Given a new day on the tablet
    When a session of 30 minutes is played
    Then 60 minutes are left today

  Scenario: the day used up
    Given a new day on the tablet
    When a session of 45 minutes is played
    And a session of 45 minutes is played
    Then 0 minutes are left today
    When a session of 5 minutes is played
    Then the session is refused with "only 0 minutes left today"

  Scenario: a session that is too long
    Given a new day on the tablet
    When a session of 80 minutes is played
    And a session of 20 minutes is played
    Then the session is refused with "only 10 minutes left today"
    When a session of 10 minutes is played
    Then 0 minutes are left today

  Scenario: the next day
    Given a new day on the tablet
    When a session of 60 minutes is played
    And the night passes
    Then 90 minutes are left today
    When a session of 90 minutes is played
    Then 0 minutes are left today
