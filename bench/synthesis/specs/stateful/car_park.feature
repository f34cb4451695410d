Feature: Car park entrance sign
  The sign shows how many spaces are free, like "12 free", or "FULL" when none are; a car arriving at a full car park is turned away.

  Scenario: an empty car park
    Given a car park with room for 40 cars
    Then the sign shows "40 free"

  Scenario: one car in
    Given a car park with room for 3 cars
    When a car drives in
    Then the sign shows "2 free"

  Scenario: the last space is taken
    Given a car park with room for 2 cars
    When a car drives in
    And a car drives in
    Then the sign shows "FULL"

  Scenario: turned away at the barrier
    Given a car park with room for 1 cars
    When a car drives in
    And a car drives in
    Then the entry is refused with "car park full"
    And the sign shows "FULL"

  Scenario: a car leaves
    Given a car park with room for 2 cars
    When a car drives in
    And a car drives in
    And a car drives out
    Then the sign shows "1 free"
