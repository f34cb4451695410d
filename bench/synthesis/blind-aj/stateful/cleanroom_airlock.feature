Feature: Clean room airlock
  The airlock has an outer door to the corridor and an inner door to the clean
  room, and only one of them may be open at a time. Each time the outer door
  shuts, the air is purged for 30 seconds, and the inner door stays locked until
  the purge is over.

  Scenario: going in
    Given the airlock is ready with both doors shut
    When the outer door is opened
    And the outer door is shut
    And 30 seconds pass
    And the inner door is opened
    Then the inner door is "open"
    And the outer door is "shut"

  Scenario: opening the inner door too soon
    Given the airlock is ready with both doors shut
    When the outer door is opened
    And the outer door is shut
    And 18 seconds pass
    And the inner door is opened
    Then the panel shows "purging: 12 seconds left"
    And the inner door is "shut"

  Scenario: the outer door still open
    Given the airlock is ready with both doors shut
    When the outer door is opened
    And the inner door is opened
    Then the panel shows "shut the outer door first"
    And the outer door is "open"

  Scenario: coming out
    Given the airlock is ready with both doors shut
    When the inner door is opened
    And the outer door is opened
    Then the panel shows "shut the inner door first"
    When the inner door is shut
    And the outer door is opened
    Then the outer door is "open"
    And the purge time left is 0 seconds

  Scenario: waiting for the purge
    Given the airlock is ready with both doors shut
    When the outer door is opened
    And the outer door is shut
    And 10 seconds pass
    Then the purge time left is 20 seconds
    When 25 seconds pass
    Then the purge time left is 0 seconds
    When the inner door is opened
    Then the inner door is "open"
