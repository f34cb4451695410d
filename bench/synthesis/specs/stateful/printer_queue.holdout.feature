Feature: Office printer queue
  Documents are printed in the order they were sent; a waiting document can be cancelled.

  Background:
    Given the printer queue is empty

  Scenario: a cancellation in the middle of the queue
    When "one.pdf" is sent to the printer
    And "two.pdf" is sent to the printer
    And "three.pdf" is sent to the printer
    And "four.pdf" is sent to the printer
    And the printer prints the next document
    And "three.pdf" is cancelled
    And the printer prints the next document
    Then the last printed document is "two.pdf"
    And the next document in line is "four.pdf"
    And the number of waiting documents is 1

  Scenario: the queue runs dry
    When "memo.txt" is sent to the printer
    And the printer prints the next document
    And the printer prints the next document
    Then the printer reports "nothing to print"

  Scenario: several waiting
    When "x.pdf" is sent to the printer
    And "y.pdf" is sent to the printer
    And "z.pdf" is sent to the printer
    Then the next document in line is "x.pdf"
    And the number of waiting documents is 3
