Feature: Theatre cloakroom
  The hooks are numbered from 1 and the coats already hanging are on the
  lowest hooks. A coat handed in goes on the lowest free hook; when every hook
  is taken it is refused with "cloakroom full". Collecting from a hook with no
  coat is refused with "hook N is empty".

  Scenario: the last free hook
    Given a cloakroom with 20 hooks
    And 19 coats are already hanging
    When a coat is handed in
    Then the coat goes on hook 20
    And 20 coats are hanging

  Scenario: one hook past the coats
    Given a cloakroom with 4 hooks
    And 2 coats are already hanging
    When the coat on hook 3 is collected
    Then the collection is refused with "hook 3 is empty"
    And 2 coats are hanging

  Scenario: the top hook collected
    Given a cloakroom with 5 hooks
    And 5 coats are already hanging
    When the coat on hook 5 is collected
    Then 4 coats are hanging
    And hook 5 is free: yes
