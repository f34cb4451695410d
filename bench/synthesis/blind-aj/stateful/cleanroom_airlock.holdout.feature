Feature: Clean room airlock
  The airlock has an outer door to the corridor and an inner door to the clean
  room, and only one of them may be open at a time. Each time the outer door
  shuts, the air is purged for 30 seconds, and the inner door stays locked until
  the purge is over.

  Scenario: a second try
    Given the airlock is ready with both doors shut
    When the outer door is opened
    And the outer door is shut
    And 5 seconds pass
    And the inner door is opened
    Then the panel shows "purging: 25 seconds left"
    When 25 seconds pass
    And the inner door is opened
    Then the inner door is "open"

  Scenario: both doors at once
    Given the airlock is ready with both doors shut
    When the inner door is opened
    And the inner door is shut
    And the outer door is opened
    And the inner door is opened
    Then the panel shows "shut the outer door first"
    And the inner door is "shut"
    And the purge time left is 0 seconds

  Scenario: the outer door opened again
    Given the airlock is ready with both doors shut
    When the outer door is opened
    And the outer door is shut
    And 20 seconds pass
    And the outer door is opened
    And the outer door is shut
    Then the purge time left is 30 seconds
    When 28 seconds pass
    And the inner door is opened
    Then the panel shows "purging: 2 seconds left"
