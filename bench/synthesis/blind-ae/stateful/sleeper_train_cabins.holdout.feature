Feature: Sleeper train cabins
  The train has cabins 1 to 8 with 2 berths each. A passenger may hold one berth at most.

  Scenario: a berth given up and taken again
    Given a sleeper train with every berth free
    When "Gus" books a berth in cabin 6
    And "Hal" books a berth in cabin 6
    And "Gus" gives up a berth
    And "Ivy" books a berth in cabin 6
    Then "Ivy" is in cabin 6
    And the berths taken in cabin 6 are 2

  Scenario: a wrong cabin and a full one
    Given a sleeper train with every berth free
    When "Jo" books a berth in cabin 0
    Then the guard says "there is no cabin 0"
    When "Jo" books a berth in cabin 4
    And "Kim" books a berth in cabin 4
    And "Lou" books a berth in cabin 4
    Then the guard says "cabin 4 is full"
    And the berths taken in cabin 4 are 2

  Scenario: booking twice
    Given a sleeper train with every berth free
    When "Max" gives up a berth
    Then the guard says "Max has no berth"
    When "Max" books a berth in cabin 7
    And "Max" books a berth in cabin 7
    Then the guard says "Max already has a berth"
    And "Max" is in cabin 7
    And the berths taken in cabin 7 are 1
