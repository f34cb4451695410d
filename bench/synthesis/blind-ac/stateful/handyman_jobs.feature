Feature: Handyman job list
  Jobs are done in the order they were booked. An urgent job goes in front of the other
  jobs, but behind any urgent jobs already waiting. A postponed job goes to the back of the
  list and is no longer urgent.

  Scenario: first come, first served
    Given the job list is empty
    When "gate hinge" is booked
    And "shelves" is booked
    And "gutter" is booked
    Then the job list is "gate hinge, shelves, gutter"
    When the next job is done
    Then the last job done was "gate hinge"
    And the job list is "shelves, gutter"

  Scenario: urgent jobs jump the queue
    Given the job list is empty
    When "shelves" is booked
    And "gutter" is booked
    And "leaking tap" is booked as urgent
    And "smoke alarm" is booked as urgent
    Then the job list is "leaking tap, smoke alarm, shelves, gutter"
    When the next job is done
    And the next job is done
    Then the last job done was "smoke alarm"
    When "boiler noise" is booked as urgent
    Then the job list is "boiler noise, shelves, gutter"

  Scenario: putting jobs off
    Given the job list is empty
    When "door handle" is booked
    And "tiles" is booked
    And "curtain rail" is booked
    And "door handle" is postponed
    Then the job list is "tiles, curtain rail, door handle"
    When "tiles" is cancelled
    Then the job list is "curtain rail, door handle"
    When "fence panel" is postponed
    Then the handyman says "fence panel is not on the list"

  Scenario: nothing twice
    Given the job list is empty
    When "gutter" is booked
    And "gutter" is booked
    Then the handyman says "gutter is already on the list"
    When the next job is done
    Then the job list is empty
    When the next job is done
    Then the handyman says "there are no jobs to do"
    And the last job done was "gutter"

  Scenario: an urgent job put off
    Given the job list is empty
    When "shelves" is booked
    And "leaking tap" is booked as urgent
    And "leaking tap" is postponed
    Then the job list is "shelves, leaking tap"
    When "smoke alarm" is booked as urgent
    Then the job list is "smoke alarm, shelves, leaking tap"
    When "tiles" is cancelled
    Then the handyman says "tiles is not on the list"
