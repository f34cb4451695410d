Feature: Office printer queue
  Print jobs wait in the order they were sent. When the printer takes the next
  job it prints the first waiting job; with nothing waiting it shows "idle". A
  waiting job can be cancelled by its name; cancelling a name that is not waiting
  is refused with "no waiting job called NAME". At most 5 jobs can wait; one more
  is refused with "queue full".

  Scenario: cancelling from the middle
    Given an idle printer
    When "minutes.docx" is sent with 3 pages
    And "poster.png" is sent with 8 pages
    And "invoice.pdf" is sent with 2 pages
    And "poster.png" is cancelled
    Then the pages waiting are 5
    When the printer takes the next job
    Then the printer shows "printing minutes.docx"
    And the jobs waiting are 1

  Scenario: cancelling a job that has gone
    Given an idle printer
    When the printer takes the next job
    Then the printer shows "idle"
    When "letter.txt" is sent with 2 pages
    And the printer takes the next job
    And "letter.txt" is cancelled
    Then the request is refused with "no waiting job called letter.txt"

  Scenario: room for one more after a cancel
    Given an idle printer
    When "q1.pdf" is sent with 6 pages
    And "q2.pdf" is sent with 6 pages
    And "q3.pdf" is sent with 6 pages
    And "q4.pdf" is sent with 6 pages
    And "q5.pdf" is sent with 6 pages
    And "q2.pdf" is cancelled
    And "q6.pdf" is sent with 6 pages
    And "q7.pdf" is sent with 6 pages
    Then the request is refused with "queue full"
    And the jobs waiting are 5
    And the pages waiting are 30
