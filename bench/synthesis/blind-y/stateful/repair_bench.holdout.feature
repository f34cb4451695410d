Feature: Repair bench
  Repairs are done in the order they are booked in, except that express repairs go ahead of
  every standard repair (but behind any express repairs already waiting). Each customer can
  have one job waiting.

  Scenario: two express repairs among standard ones
    Given no jobs are waiting
    When Ava books in an express repair
    And Jin books in a standard repair
    And Omar books in an express repair
    And Sofia books in a standard repair
    And the technician starts the next job
    And the technician starts the next job
    Then the technician is working for Omar
    And the next job belongs to Jin
    And the number of jobs waiting is 2

  Scenario: rebooking as express
    Given no jobs are waiting
    When Jin books in a standard repair
    And Ava books in a standard repair
    And Jin's job is cancelled
    And Ava books in an express repair
    Then the counter says "Ava already has a job booked in"
    When Jin books in an express repair
    Then the next job belongs to Jin
    When the technician starts the next job
    Then the next job belongs to Ava
    When the technician starts the next job
    And the technician starts the next job
    Then the counter says "there are no jobs waiting"

  Scenario: cancelling twice
    Given no jobs are waiting
    When Omar books in a standard repair
    And Sofia books in an express repair
    And Sofia's job is cancelled
    And Sofia's job is cancelled
    Then the counter says "Sofia has no job booked in"
    And the next job belongs to Omar
    And the number of jobs waiting is 1
