Feature: 3D printer at the makerspace
  A print job is loaded and then started. While it prints, the time left counts down and the
  printer finishes by itself when no time is left. A print can be paused and resumed, and time
  spent paused does not count. A job can be cancelled until it finishes. A finished print must
  be taken off the bed before the next job can be loaded.

  Scenario: a long print with a break
    Given the printer is "idle"
    When a job of 150 minutes is loaded
    And the print is started
    And 100 minutes go by
    And the print is paused
    And the print is resumed
    And 50 minutes go by
    Then the printer is "finished"
    When the print is taken off the bed
    Then the printer is "idle"

  Scenario: changing your mind
    Given the printer is "idle"
    When a job of 75 minutes is loaded
    And the print is resumed
    Then the screen shows "the print is not paused"
    When the print is started
    And 25 minutes go by
    Then the time left is 50 minutes
    When a job of 30 minutes is loaded
    Then the screen shows "a job is already loaded"
    When the job is cancelled
    Then the printer is "idle"

  Scenario: after a print is done
    Given the printer is "idle"
    When a job of 40 minutes is loaded
    And the print is started
    And 40 minutes go by
    Then the printer is "finished"
    When the print is paused
    Then the screen shows "the printer is not printing"
    When the print is taken off the bed
    And the print is started
    Then the screen shows "load a job first"
