Feature: Office print queue

  Scenario: one job waiting
    Given an empty print queue
    When "report.pdf" is sent to the printer
    Then 1 jobs are waiting
    And the next job is "report.pdf"

  Scenario: first in, first printed
    Given an empty print queue
    When "a.pdf" is sent to the printer
    And "b.pdf" is sent to the printer
    And "c.pdf" is sent to the printer
    And the printer prints the next job
    Then the last printed job is "a.pdf"
    And the next job is "b.pdf"
    And 2 jobs are waiting

  Scenario: nothing to print
    Given an empty print queue
    When the printer prints the next job
    Then it is refused with "nothing to print"
    And 0 jobs are waiting

  Scenario: cancelling a job
    Given an empty print queue
    When "x.doc" is sent to the printer
    And "y.doc" is sent to the printer
    And "x.doc" is cancelled
    Then the next job is "y.doc"
    And 1 jobs are waiting
    When the printer prints the next job
    Then the last printed job is "y.doc"
    And 0 jobs are waiting

  Scenario: cancelling a job that is not there
    Given an empty print queue
    When "menu.doc" is sent to the printer
    And "poster.png" is cancelled
    Then it is refused with "no such job"
    And 1 jobs are waiting
