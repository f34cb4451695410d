Feature: Stopwatch

  Scenario: time stops with the watch
    Given a stopwatch at zero
    When it is started
    And 42 seconds pass
    And it is stopped
    And 10 seconds pass
    Then it shows "00:42"

  Scenario: lap times
    Given a stopwatch at zero
    When it is started
    And 30 seconds pass
    And a lap is marked
    And 45 seconds pass
    And a lap is marked
    Then the laps are "00:30, 00:45"
    And it shows "01:15"

  Scenario: carrying on after a stop
    Given a stopwatch at zero
    When it is started
    And 20 seconds pass
    And it is stopped
    And it is started
    And 50 seconds pass
    Then it shows "01:10"

  Scenario: resetting
    Given a stopwatch at zero
    When it is started
    And 5 seconds pass
    And a lap is marked
    And it is reset
    Then the button is refused with "stop it first"
    When it is stopped
    And it is reset
    Then it shows "00:00"
    And the laps are "none"

  Scenario: a lap needs a running watch
    Given a stopwatch at zero
    When a lap is marked
    Then the button is refused with "not running"
    When it is started
    And 61 seconds pass
    And a lap is marked
    And 9 seconds pass
    And it is stopped
    Then the laps are "01:01"
    And it shows "01:10"
