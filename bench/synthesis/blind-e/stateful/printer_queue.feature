Feature: Office printer queue
  Print jobs wait in the order they were sent. When the printer takes the next
  job it prints the first waiting job; with nothing waiting it shows "idle". A
  waiting job can be cancelled by its name; cancelling a name that is not waiting
  is refused with "no waiting job called NAME". At most 5 jobs can wait; one more
  is refused with "queue full".

  Scenario: the first job sent is printed first
    Given an idle printer
    When "report.pdf" is sent with 12 pages
    And "photo.jpg" is sent with 2 pages
    Then the jobs waiting are 2
    And the pages waiting are 14
    When the printer takes the next job
    Then the printer shows "printing report.pdf"
    And the pages waiting are 2

  Scenario: a cancelled job is skipped
    Given an idle printer
    When "a.txt" is sent with 3 pages
    And "b.txt" is sent with 5 pages
    And "c.txt" is sent with 7 pages
    And "b.txt" is cancelled
    And the printer takes the next job
    And the printer takes the next job
    Then the printer shows "printing c.txt"
    And the jobs waiting are 0

  Scenario: a job that is already printing cannot be cancelled
    Given an idle printer
    When "slides.pdf" is sent with 4 pages
    And the printer takes the next job
    And "slides.pdf" is cancelled
    Then the request is refused with "no waiting job called slides.pdf"
    And the printer shows "printing slides.pdf"

  Scenario: the queue is full
    Given an idle printer
    When "1.pdf" is sent with 2 pages
    And "2.pdf" is sent with 2 pages
    And "3.pdf" is sent with 2 pages
    And "4.pdf" is sent with 2 pages
    And "5.pdf" is sent with 2 pages
    And "6.pdf" is sent with 2 pages
    Then the request is refused with "queue full"
    And the jobs waiting are 5
    When the printer takes the next job
    And "6.pdf" is sent with 2 pages
    Then the jobs waiting are 5

  Scenario: nothing left to print
    Given an idle printer
    When "memo.txt" is sent with 2 pages
    And the printer takes the next job
    And the printer takes the next job
    Then the printer shows "idle"
    And the jobs waiting are 0
