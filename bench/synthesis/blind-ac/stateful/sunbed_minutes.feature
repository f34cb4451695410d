Feature: Sunbed minutes
  Customers buy minutes on a card and use them in sessions. A session lasts at most 12
  minutes, and only one session is allowed on the same day.

  Scenario: buying and using minutes
    Given a card with 0 minutes on it
    When 60 minutes are bought
    And a session of 9 minutes is taken
    Then the minutes left are 51

  Scenario: one session a day
    Given a card with 40 minutes on it
    When a session of 10 minutes is taken
    And a session of 6 minutes is taken
    Then the salon says "only one session a day"
    And the minutes left are 30
    When the next day comes
    And a session of 6 minutes is taken
    Then the minutes left are 24

  Scenario: too long a session
    Given a card with 50 minutes on it
    When a session of 15 minutes is taken
    Then the salon says "a session is at most 12 minutes"
    When a session of 12 minutes is taken
    Then the minutes left are 38

  Scenario: running out
    Given a card with 8 minutes on it
    When a session of 10 minutes is taken
    Then the salon says "only 8 minutes left on the card"
    When 30 minutes are bought
    And a session of 10 minutes is taken
    Then the minutes left are 28
