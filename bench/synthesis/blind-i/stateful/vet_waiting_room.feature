Feature: Vet waiting room
  Animals are seen in the order they checked in, except that "urgent" cases
  go ahead of every "routine" case (behind urgent cases that checked in
  earlier). When the vet calls the next patient, that animal goes in to the
  vet. With nobody waiting the call is refused with "waiting room is empty".
  An animal that is already waiting cannot check in again: "already checked
  in".

  Scenario: first come, first seen
    Given the waiting room is empty
    When "Rex" checks in as "routine"
    And "Milo" checks in as "routine"
    And the vet calls the next patient
    Then "Rex" is with the vet
    And the waiting list is "Milo"

  Scenario: an urgent case
    Given the waiting room is empty
    When "Rex" checks in as "routine"
    And "Bella" checks in as "urgent"
    And the vet calls the next patient
    Then "Bella" is with the vet
    And the waiting list is "Rex"

  Scenario: two urgent cases
    Given the waiting room is empty
    When "Luna" checks in as "urgent"
    And "Rex" checks in as "routine"
    And "Coco" checks in as "urgent"
    Then the waiting list is "Luna, Coco, Rex"
    When the vet calls the next patient
    Then "Luna" is with the vet

  Scenario: nobody there
    Given the waiting room is empty
    When the vet calls the next patient
    Then the call is refused with "waiting room is empty"

  Scenario: checking in twice
    Given the waiting room is empty
    When "Rex" checks in as "routine"
    And "Rex" checks in as "urgent"
    Then the check-in is refused with "already checked in"
    And the waiting list is "Rex"
    When the vet calls the next patient
    Then "Rex" is with the vet
    And nobody is waiting
