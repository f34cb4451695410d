Feature: Office printer queue
  Documents are printed in the order they were sent; a waiting document can be cancelled.

  Background:
    Given the printer queue is empty

  Scenario: the first document sent prints first
    When "report.pdf" is sent to the printer
    And "invoice.pdf" is sent to the printer
    And the printer prints the next document
    Then the last printed document is "report.pdf"
    And the number of waiting documents is 1

  Scenario: printing in order
    When "a.pdf" is sent to the printer
    And "b.pdf" is sent to the printer
    And "c.pdf" is sent to the printer
    And the printer prints the next document
    And the printer prints the next document
    Then the last printed document is "b.pdf"
    And the next document in line is "c.pdf"
    And the number of waiting documents is 1

  Scenario: nothing to print
    When the printer prints the next document
    Then the printer reports "nothing to print"

  Scenario: cancelling a waiting document
    When "draft.docx" is sent to the printer
    And "final.docx" is sent to the printer
    And "draft.docx" is cancelled
    And the printer prints the next document
    Then the last printed document is "final.docx"
    And the number of waiting documents is 0
