Feature: Boarding gate
  Passengers board in the order they joined the queue.

  Scenario: two passengers queueing
    Given nobody is queueing at the gate
    When "Ana" joins the queue
    And "Ben" joins the queue
    Then "Ana" is first in line
    And 2 passengers are waiting

  Scenario: the first one boards
    Given nobody is queueing at the gate
    When "Ana" joins the queue
    And "Ben" joins the queue
    And the gate agent boards the next passenger
    Then the last passenger to board was "Ana"
    And "Ben" is first in line
    And 1 passengers are waiting

  Scenario: nobody to board
    Given nobody is queueing at the gate
    When the gate agent boards the next passenger
    Then the gate agent says "no one is waiting"
