Feature: Canal lock
  The lock holds at most 2 boats. The lower gates only open when the water in the lock is low,
  and the upper gates only when it is high.

  Scenario: two boats up and the lock made ready again
    Given the lock is empty and the water is low
    When a boat enters from below
    And a boat enters from below
    And the lock is filled
    And a boat leaves at the top
    And a boat leaves at the top
    And the lock is emptied
    Then the water is "low"
    And the lock holds 0 boats

  Scenario: a boat arriving at the wrong end
    Given the lock is empty and the water is high
    When a boat enters from above
    And the lock is emptied
    And a boat enters from above
    Then the lock keeper says "the upper gates cannot open"
    When a boat enters from below
    Then the lock holds 2 boats

  Scenario: a third boat waits above
    Given the lock is empty and the water is high
    When a boat enters from above
    And a boat enters from above
    And a boat enters from above
    Then the lock keeper says "the lock is full"
    When the lock is emptied
    And a boat leaves at the bottom
    And a boat enters from below
    Then the lock holds 2 boats
    And the water is "low"
