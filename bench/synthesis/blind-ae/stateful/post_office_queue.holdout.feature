Feature: Post office queue
  Customers wait in one line and the clerk calls them in the order they joined. Nobody can
  join twice, and the clerk calls nobody while the counter is closed.

  Scenario: two served in a row
    Given the counter is open and nobody is waiting
    When "Kai" joins the queue
    And "Lea" joins the queue
    And "Mo" joins the queue
    And the clerk calls the next customer
    And the clerk calls the next customer
    Then "Lea" is at the counter
    And the queue is "Mo"

  Scenario: queueing before opening time
    Given the counter is closed and nobody is waiting
    When "Ned" joins the queue
    And "Oli" joins the queue
    And "Ned" joins the queue
    Then the clerk says "Ned is already in the queue"
    When the counter opens
    And the clerk calls the next customer
    Then "Ned" is at the counter
    And the queue is "Oli"

  Scenario: a quiet morning
    Given the counter is open and nobody is waiting
    When the clerk calls the next customer
    Then the clerk says "nobody is waiting"
    When "Pat" joins the queue
    And the counter closes
    And the counter opens
    And the clerk calls the next customer
    Then "Pat" is at the counter
    And the queue is empty
