Feature: 3D printer at the makerspace
  A print job is loaded and then started. While it prints, the time left counts down and the
  printer finishes by itself when no time is left. A print can be paused and resumed, and time
  spent paused does not count. A job can be cancelled until it finishes. A finished print must
  be taken off the bed before the next job can be loaded.

  Scenario: starting a print
    Given the printer is "idle"
    When a job of 90 minutes is loaded
    Then the printer is "loaded"
    When the print is started
    Then the printer is "printing"
    When 30 minutes go by
    Then the time left is 60 minutes

  Scenario: a print that finishes overnight
    Given the printer is "idle"
    When a job of 45 minutes is loaded
    And the print is started
    And 60 minutes go by
    Then the printer is "finished"
    When a job of 60 minutes is loaded
    Then the screen shows "take the last print off the bed first"
    When the print is taken off the bed
    Then the printer is "idle"

  Scenario: pausing to change the filament
    Given the printer is "idle"
    When a job of 120 minutes is loaded
    And the print is started
    And 20 minutes go by
    And the print is paused
    Then the printer is "paused"
    When 50 minutes go by
    Then the time left is 100 minutes
    When the print is resumed
    Then the printer is "printing"

  Scenario: one job at a time
    Given the printer is "idle"
    When the print is started
    Then the screen shows "load a job first"
    When a job of 30 minutes is loaded
    Then the printer is "loaded"
    When a job of 60 minutes is loaded
    Then the screen shows "a job is already loaded"

  Scenario: pausing and resuming at the wrong time
    Given the printer is "idle"
    When a job of 60 minutes is loaded
    And the print is paused
    Then the screen shows "the printer is not printing"
    When the print is started
    And the print is resumed
    Then the screen shows "the print is not paused"
    When the job is cancelled
    Then the printer is "idle"
