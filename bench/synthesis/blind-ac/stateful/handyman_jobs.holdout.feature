Feature: Handyman job list
  Jobs are done in the order they were booked. An urgent job goes in front of the other
  jobs, but behind any urgent jobs already waiting. A postponed job goes to the back of the
  list and is no longer urgent.

  Scenario: a mixed day
    Given the job list is empty
    When "bath seal" is booked
    And "loft hatch" is booked as urgent
    And "bath seal" is postponed
    And "garden tap" is booked
    And "fuse box" is booked as urgent
    Then the job list is "loft hatch, fuse box, bath seal, garden tap"
    When the next job is done
    Then the last job done was "loft hatch"
    When "garden tap" is postponed
    Then the job list is "fuse box, bath seal, garden tap"

  Scenario: booked again after it was done
    Given the job list is empty
    When "door bell" is booked
    And the next job is done
    And "door bell" is booked
    And "door bell" is booked
    Then the handyman says "door bell is already on the list"
    And the job list is "door bell"
    When "door bell" is cancelled
    And the next job is done
    Then the handyman says "there are no jobs to do"
    And the last job done was "door bell"

  Scenario: a cancelled urgent job
    Given the job list is empty
    When "squeaky stair" is booked
    And "burst pipe" is booked as urgent
    And "window latch" is booked as urgent
    And "burst pipe" is cancelled
    And "drain cover" is booked as urgent
    Then the job list is "window latch, drain cover, squeaky stair"
    When "burst pipe" is postponed
    Then the handyman says "burst pipe is not on the list"
    When the next job is done
    And the next job is done
    Then the last job done was "drain cover"
    And the job list is "squeaky stair"
