Feature: Stopwatch

  Scenario: a longer run with laps
    Given a stopwatch at zero
    When it is started
    And 125 seconds pass
    And a lap is marked
    And 35 seconds pass
    And a lap is marked
    And 20 seconds pass
    And it is stopped
    Then the laps are "02:05, 00:35"
    And it shows "03:00"

  Scenario: a lap while stopped
    Given a stopwatch at zero
    When it is started
    And 15 seconds pass
    And it is stopped
    And a lap is marked
    Then the button is refused with "not running"
    When it is started
    And 15 seconds pass
    Then it shows "00:30"

  Scenario: starting over
    Given a stopwatch at zero
    When it is started
    And 8 seconds pass
    And it is stopped
    And it is reset
    And it is started
    And 600 seconds pass
    And it is stopped
    Then it shows "10:00"
    And the laps are "none"
