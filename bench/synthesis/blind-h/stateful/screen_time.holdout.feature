Feature: Screen time on the family tablet
  The tablet allows 90 minutes of play a day. A session that would go over
  the day's minutes is refused with "only N minutes left today". A new day
  starts with the full 90 minutes again.

  Scenario: three short sessions
    Given a new day on the tablet
    When a session of 25 minutes is played
    And a session of 25 minutes is played
    And a session of 25 minutes is played
    Then 15 minutes are left today
    When a session of 16 minutes is played
    Then the session is refused with "only 15 minutes left today"
    When a session of 15 minutes is played
    Then 0 minutes are left today

  Scenario: a minute over on a fresh day
    Given a new day on the tablet
    When a session of 91 minutes is played
    Then the session is refused with "only 90 minutes left today"
    When a session of 89 minutes is played
    And the night passes
    And a session of 50 minutes is played
    Then 40 minutes are left today
