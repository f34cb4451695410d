Feature: Sleeper train cabins
  The train has cabins 1 to 8 with 2 berths each. A passenger may hold one berth at most.

  Scenario: sharing a cabin
    Given a sleeper train with every berth free
    When "Ana" books a berth in cabin 3
    And "Ben" books a berth in cabin 3
    Then "Ana" is in cabin 3
    And the berths taken in cabin 3 are 2

  Scenario: a full cabin
    Given a sleeper train with every berth free
    When "Ana" books a berth in cabin 3
    And "Ben" books a berth in cabin 3
    And "Cy" books a berth in cabin 3
    Then the guard says "cabin 3 is full"
    When "Cy" books a berth in cabin 5
    Then "Cy" is in cabin 5

  Scenario: one berth each
    Given a sleeper train with every berth free
    When "Dee" books a berth in cabin 9
    Then the guard says "there is no cabin 9"
    When "Dee" books a berth in cabin 8
    And "Dee" books a berth in cabin 2
    Then the guard says "Dee already has a berth"
    And the berths taken in cabin 2 are 0

  Scenario: giving up a berth
    Given a sleeper train with every berth free
    When "Eli" books a berth in cabin 1
    And "Eli" gives up a berth
    And "Eli" gives up a berth
    Then the guard says "Eli has no berth"
    When "Fay" books a berth in cabin 1
    Then the berths taken in cabin 1 are 1
