Feature: Vet waiting room
  Animals are seen in the order they checked in, except that "urgent" cases
  go ahead of every "routine" case (behind urgent cases that checked in
  earlier). When the vet calls the next patient, that animal goes in to the
  vet. With nobody waiting the call is refused with "waiting room is empty".
  An animal that is already waiting cannot check in again: "already checked
  in".

  Scenario: a busy morning
    Given the waiting room is empty
    When "Milo" checks in as "routine"
    And "Pip" checks in as "routine"
    And "Oscar" checks in as "urgent"
    And "Daisy" checks in as "routine"
    And "Nala" checks in as "urgent"
    Then the waiting list is "Oscar, Nala, Milo, Pip, Daisy"
    When the vet calls the next patient
    And the vet calls the next patient
    Then "Nala" is with the vet
    And the waiting list is "Milo, Pip, Daisy"

  Scenario: an owner at the desk twice
    Given the waiting room is empty
    When "Kiki" checks in as "routine"
    And "Kiki" checks in as "routine"
    Then the check-in is refused with "already checked in"
    When "Sam" checks in as "urgent"
    And the vet calls the next patient
    Then "Sam" is with the vet
    And the waiting list is "Kiki"
    When the vet calls the next patient
    And the vet calls the next patient
    Then the call is refused with "waiting room is empty"
