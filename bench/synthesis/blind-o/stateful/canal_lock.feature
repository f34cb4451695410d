Feature: Canal lock
  The lock holds at most 2 boats. The lower gates only open when the water in the lock is low,
  and the upper gates only when it is high.

  Scenario: taking a boat up
    Given the lock is empty and the water is low
    When a boat enters from below
    And the lock is filled
    Then the water is "high"
    When a boat leaves at the top
    Then the lock holds 0 boats

  Scenario: taking two boats down
    Given the lock is empty and the water is high
    When a boat enters from above
    And a boat enters from above
    And a boat leaves at the bottom
    Then the lock keeper says "the lower gates cannot open"
    And the lock holds 2 boats
    When the lock is emptied
    Then the water is "low"
    When a boat leaves at the bottom
    Then the lock holds 1 boat

  Scenario: the upper gates stay shut while the water is low
    Given the lock is empty and the water is low
    When a boat enters from above
    Then the lock keeper says "the upper gates cannot open"
    And the lock holds 0 boats
    When a boat enters from below
    And a boat leaves at the top
    Then the lock keeper says "the upper gates cannot open"
    And the lock holds 1 boat

  Scenario: a full lock
    Given the lock is empty and the water is low
    When a boat enters from below
    And a boat enters from below
    And a boat enters from below
    Then the lock keeper says "the lock is full"
    And the lock holds 2 boats
    When the lock is filled
    And a boat leaves at the top
    And a boat enters from below
    Then the lock keeper says "the lower gates cannot open"
    And the lock holds 1 boat
