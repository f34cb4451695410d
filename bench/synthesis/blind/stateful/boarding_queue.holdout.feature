Feature: Boarding gate
  Passengers board in the order they joined the queue.

  Scenario: three passengers, two board
    Given nobody is queueing at the gate
    When "Ana" joins the queue
    And "Ben" joins the queue
    And "Cleo" joins the queue
    And the gate agent boards the next passenger
    And the gate agent boards the next passenger
    Then the last passenger to board was "Ben"
    And "Cleo" is first in line
    And 1 passengers are waiting

  Scenario: a latecomer
    Given nobody is queueing at the gate
    When "Dev" joins the queue
    And the gate agent boards the next passenger
    And "Ema" joins the queue
    Then "Ema" is first in line
    And the last passenger to board was "Dev"

  Scenario: the queue empties
    Given nobody is queueing at the gate
    When "Fay" joins the queue
    And the gate agent boards the next passenger
    And the gate agent boards the next passenger
    Then the gate agent says "no one is waiting"
    And 0 passengers are waiting
