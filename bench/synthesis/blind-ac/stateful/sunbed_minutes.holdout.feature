Feature: Sunbed minutes
  Customers buy minutes on a card and use them in sessions. A session lasts at most 12
  minutes, and only one session is allowed on the same day.

  Scenario: a week of sessions
    Given a card with 25 minutes on it
    When a session of 8 minutes is taken
    And the next day comes
    And a session of 8 minutes is taken
    And the next day comes
    And a session of 11 minutes is taken
    Then the salon says "only 9 minutes left on the card"
    When 90 minutes are bought
    And a session of 11 minutes is taken
    Then the minutes left are 88

  Scenario: a second session the same day
    Given a card with 100 minutes on it
    When a session of 12 minutes is taken
    And 20 minutes are bought
    And a session of 3 minutes is taken
    Then the salon says "only one session a day"
    And the minutes left are 108

  Scenario: asking for too much
    Given a card with 20 minutes on it
    When a session of 14 minutes is taken
    Then the salon says "a session is at most 12 minutes"
    When a session of 7 minutes is taken
    And the next day comes
    And a session of 13 minutes is taken
    Then the salon says "a session is at most 12 minutes"
    And the minutes left are 13
