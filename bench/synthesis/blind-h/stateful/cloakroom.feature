Feature: Theatre cloakroom
  The hooks are numbered from 1 and the coats already hanging are on the
  lowest hooks. A coat handed in goes on the lowest free hook; when every hook
  is taken it is refused with "cloakroom full". Collecting from a hook with no
  coat is refused with "hook N is empty".

  Scenario: handing in a coat
    Given a cloakroom with 10 hooks
    And 4 coats are already hanging
    When a coat is handed in
    Then the coat goes on hook 5
    And 5 coats are hanging

  Scenario: a full cloakroom
    Given a cloakroom with 3 hooks
    And 3 coats are already hanging
    When a coat is handed in
    Then the coat is refused with "cloakroom full"
    And 3 coats are hanging

  Scenario: the first coat of the evening
    Given a cloakroom with 6 hooks
    And 0 coats are already hanging
    When a coat is handed in
    Then the coat goes on hook 1
    And 1 coats are hanging

  Scenario: collecting a coat
    Given a cloakroom with 8 hooks
    And 5 coats are already hanging
    When the coat on hook 2 is collected
    Then 4 coats are hanging
    And hook 2 is free: yes

  Scenario: collecting from an empty hook
    Given a cloakroom with 8 hooks
    And 2 coats are already hanging
    When the coat on hook 7 is collected
    Then the collection is refused with "hook 7 is empty"
    And 2 coats are hanging
