Feature: Repair bench
  Repairs are done in the order they are booked in, except that express repairs go ahead of
  every standard repair (but behind any express repairs already waiting). Each customer can
  have one job waiting.

  Scenario: first come, first served
    Given no jobs are waiting
    When Sofia books in a standard repair
    And Omar books in a standard repair
    And Jin books in a standard repair
    Then the next job belongs to Sofia
    When the technician starts the next job
    Then the technician is working for Sofia
    And the next job belongs to Omar
    And the number of jobs waiting is 2

  Scenario: express repairs go first
    Given no jobs are waiting
    When Sofia books in a standard repair
    And Omar books in a standard repair
    And Jin books in an express repair
    And Ava books in an express repair
    Then the next job belongs to Jin
    When the technician starts the next job
    And the technician starts the next job
    Then the technician is working for Ava
    And the next job belongs to Sofia
    And the number of jobs waiting is 2

  Scenario: cancelling a job
    Given no jobs are waiting
    When Sofia books in a standard repair
    And Omar books in an express repair
    And Omar's job is cancelled
    Then the next job belongs to Sofia
    When Omar's job is cancelled
    Then the counter says "Omar has no job booked in"
    When Sofia books in a standard repair
    Then the counter says "Sofia already has a job booked in"
    And the number of jobs waiting is 1

  Scenario: an empty bench
    Given no jobs are waiting
    When the technician starts the next job
    Then the counter says "there are no jobs waiting"
    When Jin books in an express repair
    And the technician starts the next job
    Then the technician is working for Jin
    And the number of jobs waiting is 0
    When the technician starts the next job
    Then the counter says "there are no jobs waiting"
