Feature: Office printer queue
  Documents are printed in the order they were sent. A document that has not been printed yet can be cancelled.

  Scenario: two jobs done
    Given an empty print queue
    When "menu.docx" is sent to the printer
    And "invoice.pdf" is sent to the printer
    And "map.png" is sent to the printer
    And the printer finishes a job
    And the printer finishes a job
    Then the next job is "map.png"
    And the queue holds 1 jobs

  Scenario: cancel then print
    Given an empty print queue
    When "a.txt" is sent to the printer
    And "b.txt" is sent to the printer
    And "a.txt" is cancelled
    And the printer finishes a job
    Then the printer has nothing to print

  Scenario: a new job after an idle spell
    Given an empty print queue
    When "x.pdf" is sent to the printer
    And the printer finishes a job
    And "y.pdf" is sent to the printer
    Then the next job is "y.pdf"
