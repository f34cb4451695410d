Feature: Museum cloakroom

  Scenario: a small cloakroom turning over
    Given a cloakroom with 3 hooks
    When a visitor hands in a coat
    And a visitor hands in a scarf
    And a visitor hands in a bag
    And ticket 2 is handed back
    And a visitor hands in a coat
    Then the last ticket given is 4
    And ticket 4 is for a coat
    And ticket 2 is in use: no
    And items on hooks: 3

  Scenario: handing the same ticket back twice
    Given a cloakroom with 5 hooks
    When a visitor hands in a bag
    And ticket 1 is handed back
    And ticket 1 is handed back
    Then the attendant says "ticket 1 is not in use"

  Scenario: room again after a full cloakroom
    Given a cloakroom with 2 hooks
    When a visitor hands in a coat
    And a visitor hands in a scarf
    And a visitor hands in a scarf
    And ticket 1 is handed back
    And a visitor hands in a bag
    Then the last ticket given is 3
    And ticket 3 is for a bag
    And items on hooks: 2
