Feature: Museum cloakroom

  Scenario: handing things in
    Given a cloakroom with 10 hooks
    When a visitor hands in a coat
    And a visitor hands in a bag
    Then the last ticket given is 2
    And ticket 1 is for a coat
    And items on hooks: 2

  Scenario: collecting with a ticket
    Given a cloakroom with 10 hooks
    When a visitor hands in a coat
    And a visitor hands in a scarf
    And ticket 1 is handed back
    Then ticket 1 is in use: no
    And ticket 2 is in use: yes
    And items on hooks: 1

  Scenario: ticket numbers are not used again
    Given a cloakroom with 10 hooks
    When a visitor hands in a coat
    And a visitor hands in a coat
    And ticket 2 is handed back
    And a visitor hands in a bag
    Then the last ticket given is 3
    And ticket 3 is for a bag

  Scenario: every hook is taken
    Given a cloakroom with 2 hooks
    When a visitor hands in a coat
    And a visitor hands in a coat
    And a visitor hands in a bag
    Then the attendant says "the cloakroom is full"
    And the last ticket given is 2
    And items on hooks: 2

  Scenario: a ticket that is not in use
    Given a cloakroom with 10 hooks
    When a visitor hands in a coat
    And ticket 4 is handed back
    Then the attendant says "ticket 4 is not in use"
