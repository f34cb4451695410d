Feature: Office print queue

  Scenario: cancelling from the middle
    Given an empty print queue
    When "one.txt" is sent to the printer
    And "two.txt" is sent to the printer
    And "three.txt" is sent to the printer
    And "two.txt" is cancelled
    And the printer prints the next job
    And the printer prints the next job
    Then the last printed job is "three.txt"
    And 0 jobs are waiting

  Scenario: a printed job cannot be cancelled
    Given an empty print queue
    When "flyer.pdf" is sent to the printer
    And the printer prints the next job
    And "flyer.pdf" is cancelled
    Then it is refused with "no such job"
    When "map.pdf" is sent to the printer
    Then the next job is "map.pdf"
    And 1 jobs are waiting

  Scenario: empty again
    Given an empty print queue
    When "memo.txt" is sent to the printer
    And the printer prints the next job
    And the printer prints the next job
    Then it is refused with "nothing to print"
    And 0 jobs are waiting
