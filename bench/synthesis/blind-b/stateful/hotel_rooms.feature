Feature: Front desk

  Scenario: checking in
    Given room 12 is free
    When "Jones" checks into room 12
    Then room 12 is occupied by "Jones"

  Scenario: checking out
    Given room 14 is occupied by "Smith"
    When the guest checks out of room 14
    Then room 14 is free

  Scenario: a room cannot be given twice
    Given room 14 is occupied by "Smith"
    When "Jones" checks into room 14
    Then the desk says "room 14 is taken"
    And room 14 is occupied by "Smith"

  Scenario: rooms are separate
    Given room 12 is free
    And room 14 is free
    When "Jones" checks into room 12
    Then room 14 is free
    And room 12 is occupied by "Jones"

  Scenario: checking out of an empty room
    Given room 12 is free
    When the guest checks out of room 12
    Then the desk says "room 12 is not occupied"
