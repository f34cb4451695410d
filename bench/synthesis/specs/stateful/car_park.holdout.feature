Feature: Car park entrance sign
  The sign shows how many spaces are free, like "12 free", or "FULL" when none are; a car arriving at a full car park is turned away.

  Scenario: a large car park
    Given a car park with room for 100 cars
    When a car drives in
    And a car drives in
    And a car drives in
    And a car drives out
    Then the sign shows "98 free"

  Scenario: full again after a car leaves and another comes
    Given a car park with room for 1 cars
    When a car drives in
    And a car drives out
    And a car drives in
    Then the sign shows "FULL"

  Scenario: turned away later in the day
    Given a car park with room for 2 cars
    When a car drives in
    And a car drives out
    And a car drives in
    And a car drives in
    And a car drives in
    Then the entry is refused with "car park full"
    And the sign shows "FULL"
