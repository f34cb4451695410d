Feature: Car park barrier

  Scenario: a small car park
    Given a car park with 2 spaces
    When the car "AA-11" drives in
    And the car "BB-22" drives in
    And the car "CC-23" drives in
    Then the barrier stays shut with "car park full"
    And the sign shows "FULL"
    When the car "AA-11" drives out
    Then the sign shows "FREE"
    And the free spaces are 1

  Scenario: leaving twice
    Given a car park with 10 spaces
    When the car "CC-33" drives in
    And the car "DD-44" drives in
    And the car "CC-33" drives out
    And the car "CC-33" drives out
    Then the barrier stays shut with "not in the car park"
    And the free spaces are 9

  Scenario: a second try at the barrier
    Given a car park with 3 spaces
    When the car "EE-55" drives in
    And the car "EE-55" drives in
    Then the barrier stays shut with "already inside"
    When the car "FF-66" drives in
    Then the free spaces are 1
