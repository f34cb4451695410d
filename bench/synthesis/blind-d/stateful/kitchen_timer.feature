Feature: Kitchen timer

  Scenario: counting down
    Given a timer set to "5:00"
    When 90 seconds pass
    Then the timer shows "3:30"
    And the timer is "running"

  Scenario: adding a minute
    Given a timer set to "1:00"
    When 45 seconds pass
    And a minute is added
    Then the timer shows "1:15"

  Scenario: reaching zero
    Given a timer set to "0:30"
    When 30 seconds pass
    Then the timer shows "0:00"
    And the timer is "ringing"

  Scenario: time keeps passing after zero
    Given a timer set to "2:00"
    When 200 seconds pass
    Then the timer shows "0:00"
    And the timer is "ringing"
    When a minute is added
    Then the timer says "the timer has finished"
    And the timer shows "0:00"

  Scenario: a few seconds off a long timer
    Given a timer set to "10:00"
    When 5 seconds pass
    Then the timer shows "9:55"
    And the timer is "running"
