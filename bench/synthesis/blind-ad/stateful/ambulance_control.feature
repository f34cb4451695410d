Feature: Ambulance control
  Calls wait by category, 1 being the most urgent; within a category the earlier call comes
  first. The ambulance that has been free longest is sent, and an ambulance that comes free
  joins the end of the line. Only a call that is still waiting can be cancelled.

  Scenario: the most urgent call first
    Given the ambulances standing by are "A1, A2"
    When a category 3 call comes in from "Mill Lane"
    And a category 1 call comes in from "High Street"
    And an ambulance is sent
    Then "A1" is on its way to "High Street"
    And the waiting calls are "Mill Lane"
    And the free ambulances are "A2"

  Scenario: earlier calls first within a category
    Given the ambulances standing by are "A1, A2, A3"
    When a category 2 call comes in from "Station Road"
    And a category 2 call comes in from "Church Lane"
    And a category 4 call comes in from "Bridge Street"
    Then the waiting calls are "Station Road, Church Lane, Bridge Street"
    When an ambulance is sent
    And an ambulance is sent
    Then "A2" is on its way to "Church Lane"
    And the waiting calls are "Bridge Street"

  Scenario: nothing free
    Given the ambulances standing by are "A1"
    When a category 2 call comes in from "Mill Lane"
    And an ambulance is sent
    And a category 1 call comes in from "Park Road"
    And an ambulance is sent
    Then control hears "no ambulance is free"
    And the waiting calls are "Park Road"
    When "A1" comes free
    And an ambulance is sent
    Then "A1" is on its way to "Park Road"
    And the free ambulances are "none"

  Scenario: back at the end of the line
    Given the ambulances standing by are "A1, A2"
    When a category 1 call comes in from "Green Lane"
    And an ambulance is sent
    And "A1" comes free
    Then the free ambulances are "A2, A1"
    When "A2" comes free
    Then control hears "A2 is not out on a call"
    And the free ambulances are "A2, A1"
    When an ambulance is sent
    Then control hears "no call is waiting"

  Scenario: a cancelled call
    Given the ambulances standing by are "A1"
    When a category 3 call comes in from "Hill Road"
    And a category 3 call comes in from "Quay Street"
    And the call from "Hill Road" is cancelled
    And the call from "Hill Road" is cancelled
    Then control hears "no call from Hill Road is waiting"
    And the waiting calls are "Quay Street"
    When an ambulance is sent
    Then "A1" is on its way to "Quay Street"
    And the waiting calls are "none"
