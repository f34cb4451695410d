Feature: Front desk

  Scenario: a room used twice in one day
    Given room 21 is free
    When "Okafor" checks into room 21
    And the guest checks out of room 21
    And "Lind" checks into room 21
    Then room 21 is occupied by "Lind"

  Scenario: a refused check-in leaves other rooms alone
    Given room 3 is occupied by "Ruiz"
    And room 5 is free
    When "Chen" checks into room 3
    Then the desk says "room 3 is taken"
    And room 5 is free

  Scenario: checking out twice
    Given room 8 is free
    When "Park" checks into room 8
    And the guest checks out of room 8
    And the guest checks out of room 8
    Then the desk says "room 8 is not occupied"
