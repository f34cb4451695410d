Feature: Garden trampoline
  At most three children may bounce at once. The children on the trampoline are listed in the
  order they got on.

  Scenario: a swap in the middle
    Given the trampoline is empty
    When Ava gets on
    And Ben gets on
    And Max gets on
    And Ben gets off
    And Tia gets on
    Then the children on the trampoline are "Ava, Max, Tia"
    When Kim gets on
    Then the child is told "the trampoline is full"

  Scenario: off and straight back on
    Given the children on the trampoline are "Jay, Ola"
    When Jay gets off
    And Jay gets on
    Then the children on the trampoline are "Ola, Jay"
    When Pat gets off
    Then the child is told "Pat is not on"

  Scenario: a fresh start after calling time
    Given the children on the trampoline are "Ned, Kit, Tia"
    When everyone is called off
    And Kit gets on
    And Kit gets on
    Then the child is told "Kit is already on"
    And the children on the trampoline are "Kit"
