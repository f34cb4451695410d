Feature: Garden trampoline
  At most three children may bounce at once. The children on the trampoline are listed in the
  order they got on.

  Scenario: getting on in turn
    Given the trampoline is empty
    When Kit gets on
    And Raj gets on
    Then the children on the trampoline are "Kit, Raj"
    When Lou gets on
    Then the children on the trampoline are "Kit, Raj, Lou"
    When Ned gets on
    Then the child is told "the trampoline is full"

  Scenario: getting off frees a place
    Given the children on the trampoline are "Tia, Max, Ava"
    When Max gets off
    Then the children on the trampoline are "Tia, Ava"
    When Ben gets on
    Then the children on the trampoline are "Tia, Ava, Ben"
    When Max gets on
    Then the child is told "the trampoline is full"

  Scenario: on twice and off without being on
    Given the trampoline is empty
    When Kim gets on
    And Kim gets on
    Then the child is told "Kim is already on"
    When Jay gets off
    Then the child is told "Jay is not on"
    And the children on the trampoline are "Kim"

  Scenario: calling time
    Given the children on the trampoline are "Ola, Pat"
    When everyone is called off
    Then the trampoline is empty
    When Ola gets on
    Then the children on the trampoline are "Ola"

  Scenario: back on at the end of the list
    Given the children on the trampoline are "Kit, Raj, Lou"
    When Lou gets off
    And Raj gets on
    Then the child is told "Raj is already on"
    When Lou gets on
    Then the children on the trampoline are "Kit, Raj, Lou"
    When Kit gets off
    And Kit gets on
    Then the children on the trampoline are "Raj, Lou, Kit"
