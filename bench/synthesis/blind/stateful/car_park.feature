Feature: Car park barrier
  The barrier lets cars in while there are free spaces; when the car park is full it stays down and shows "FULL".

  Scenario: a car arrives
    Given a car park with 3 spaces, all free
    When a car arrives
    Then 2 spaces are free

  Scenario: coming and going
    Given a car park with 3 spaces, all free
    When a car arrives
    And a car arrives
    And a car leaves
    Then 2 spaces are free

  Scenario: turned away when full
    Given a car park with 2 spaces, all free
    When a car arrives
    And a car arrives
    And a car arrives
    Then the barrier shows "FULL"
    And 0 spaces are free

  Scenario: a space frees up
    Given a car park with 1 spaces, all free
    When a car arrives
    And a car leaves
    And a car arrives
    Then 0 spaces are free
