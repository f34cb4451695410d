Feature: Car park barrier
  The barrier lets cars in while there are free spaces; when the car park is full it stays down and shows "FULL".

  Scenario: filling up and emptying a little
    Given a car park with 5 spaces, all free
    When a car arrives
    And a car arrives
    And a car arrives
    And a car arrives
    And a car arrives
    And a car leaves
    And a car leaves
    Then 2 spaces are free

  Scenario: a refused car does not take a space
    Given a car park with 1 spaces, all free
    When a car arrives
    And a car arrives
    And a car leaves
    Then 1 spaces are free

  Scenario: a big car park
    Given a car park with 100 spaces, all free
    When a car arrives
    Then 99 spaces are free

  Scenario: full again
    Given a car park with 2 spaces, all free
    When a car arrives
    And a car arrives
    And a car leaves
    And a car arrives
    And a car arrives
    Then the barrier shows "FULL"
    And 0 spaces are free
