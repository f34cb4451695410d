Feature: Kitchen timer

  Scenario: just over a minute
    Given a timer set to "3:00"
    When 61 seconds pass
    Then the timer shows "1:59"
    And the timer is "running"

  Scenario: extra time before it starts
    Given a timer set to "0:45"
    When a minute is added
    And 100 seconds pass
    Then the timer shows "0:05"
    And the timer is "running"

  Scenario: running out in two steps
    Given a timer set to "1:30"
    When 30 seconds pass
    And 60 seconds pass
    Then the timer is "ringing"
    When a minute is added
    Then the timer says "the timer has finished"

  Scenario: a long timer
    Given a timer set to "12:05"
    When 10 seconds pass
    Then the timer shows "11:55"
