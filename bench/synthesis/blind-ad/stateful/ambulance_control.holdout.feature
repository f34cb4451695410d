Feature: Ambulance control
  Calls wait by category, 1 being the most urgent; within a category the earlier call comes
  first. The ambulance that has been free longest is sent, and an ambulance that comes free
  joins the end of the line. Only a call that is still waiting can be cancelled.

  Scenario: a busy evening
    Given the ambulances standing by are "A1, A2"
    When a category 4 call comes in from "Mill Lane"
    And a category 2 call comes in from "Harbour Road"
    And a category 2 call comes in from "Back Lane"
    And a category 1 call comes in from "Kings Road"
    And an ambulance is sent
    And an ambulance is sent
    Then "A1" is on its way to "Kings Road"
    And "A2" is on its way to "Harbour Road"
    And the waiting calls are "Back Lane, Mill Lane"
    When an ambulance is sent
    Then control hears "no ambulance is free"

  Scenario: two ambulances back
    Given the ambulances standing by are "A1, A2, A3"
    When a category 3 call comes in from "Quay Street"
    And an ambulance is sent
    And "A1" comes free
    Then the free ambulances are "A2, A3, A1"
    When an ambulance is sent
    Then control hears "no call is waiting"
    When "A1" comes free
    Then control hears "A1 is not out on a call"
    And the free ambulances are "A2, A3, A1"

  Scenario: cancelled before anyone is sent
    Given the ambulances standing by are "A4"
    When a category 1 call comes in from "Green Lane"
    And a category 2 call comes in from "Station Road"
    And the call from "Green Lane" is cancelled
    And an ambulance is sent
    Then "A4" is on its way to "Station Road"
    When the call from "Station Road" is cancelled
    Then control hears "no call from Station Road is waiting"
    And the waiting calls are "none"
