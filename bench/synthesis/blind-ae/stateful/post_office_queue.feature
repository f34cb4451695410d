Feature: Post office queue
  Customers wait in one line and the clerk calls them in the order they joined. Nobody can
  join twice, and the clerk calls nobody while the counter is closed.

  Scenario: first come, first served
    Given the counter is open and nobody is waiting
    When "Ada" joins the queue
    And "Ben" joins the queue
    And "Cal" joins the queue
    And the clerk calls the next customer
    Then "Ada" is at the counter
    And the queue is "Ben, Cal"

  Scenario: joining twice
    Given the counter is open and nobody is waiting
    When "Ada" joins the queue
    And "Ada" joins the queue
    Then the clerk says "Ada is already in the queue"
    And the queue is "Ada"

  Scenario: waiting for the counter to open
    Given the counter is closed and nobody is waiting
    When "Dee" joins the queue
    And the clerk calls the next customer
    Then the clerk says "the counter is closed"
    When the counter opens
    And the clerk calls the next customer
    Then "Dee" is at the counter
    And the queue is empty

  Scenario: nobody left to call
    Given the counter is open and nobody is waiting
    When "Eve" joins the queue
    And the clerk calls the next customer
    And the clerk calls the next customer
    Then the clerk says "nobody is waiting"
    And "Eve" is at the counter
    When "Fin" joins the queue
    And the clerk calls the next customer
    Then "Fin" is at the counter

  Scenario: closing for lunch
    Given the counter is open and nobody is waiting
    When "Gil" joins the queue
    And "Hal" joins the queue
    And the clerk calls the next customer
    And the counter closes
    And "Ivy" joins the queue
    And the clerk calls the next customer
    Then the clerk says "the counter is closed"
    And the queue is "Hal, Ivy"
