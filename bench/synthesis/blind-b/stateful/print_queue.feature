Feature: Office printer queue
  Documents are printed in the order they were sent. A document that has not been printed yet can be cancelled.

  Scenario: first come, first printed
    Given an empty print queue
    When "report.pdf" is sent to the printer
    And "photo.jpg" is sent to the printer
    Then the next job is "report.pdf"

  Scenario: finishing a job
    Given an empty print queue
    When "report.pdf" is sent to the printer
    And "photo.jpg" is sent to the printer
    And the printer finishes a job
    Then the next job is "photo.jpg"
    And the queue holds 1 jobs

  Scenario: cancelling a waiting job
    Given an empty print queue
    When "report.pdf" is sent to the printer
    And "photo.jpg" is sent to the printer
    And "slides.pptx" is sent to the printer
    And "photo.jpg" is cancelled
    Then the queue holds 2 jobs
    And the next job is "report.pdf"

  Scenario: cancelling the first job
    Given an empty print queue
    When "report.pdf" is sent to the printer
    And "photo.jpg" is sent to the printer
    And "report.pdf" is cancelled
    Then the next job is "photo.jpg"

  Scenario: everything printed
    Given an empty print queue
    When "report.pdf" is sent to the printer
    And the printer finishes a job
    Then the printer has nothing to print
    And the queue holds 0 jobs
