Feature: Helicopter pleasure flights
  Each flight takes up to 3 passengers who together weigh no more than 280 kg; passengers are
  weighed as they board. Nobody gets on or off in the air, a flight needs someone on board to take
  off, and everyone gets off when it lands.

  Scenario: boarding
    Given the helicopter is waiting on the pad
    When "Ana" boards weighing 82 kg
    And "Ben" boards weighing 95 kg
    Then the passengers on board are 2
    And the load on board is 177 kg
    And the helicopter is "on the ground"

  Scenario: the weight limit
    Given the helicopter is waiting on the pad
    When "Ana" boards weighing 110 kg
    And "Ben" boards weighing 120 kg
    And "Cal" boards weighing 70 kg
    Then the pilot says "only 50 kg of load left"
    And the load on board is 230 kg
    When "Ben" gets off
    And "Cal" boards weighing 70 kg
    Then the load on board is 180 kg
    And the passengers on board are 2

  Scenario: a full flight
    Given the helicopter is waiting on the pad
    When "Ana" boards weighing 60 kg
    And "Ben" boards weighing 55 kg
    And "Cal" boards weighing 70 kg
    And "Dee" boards weighing 50 kg
    Then the pilot says "the flight is full"
    When the helicopter takes off
    Then the helicopter is "in the air"
    When the helicopter lands
    Then the passengers on board are 0
    And the flights flown are 1

  Scenario: nobody on or off in the air
    Given the helicopter is waiting on the pad
    When "Ana" boards weighing 90 kg
    And the helicopter takes off
    And "Ben" boards weighing 80 kg
    Then the pilot says "the helicopter is in the air"
    When "Ana" gets off
    Then the pilot says "the helicopter is in the air"
    When the helicopter lands
    Then the flights flown are 1
    And the load on board is 0 kg

  Scenario: an empty helicopter stays put
    Given the helicopter is waiting on the pad
    When the helicopter takes off
    Then the pilot says "nobody is on board"
    When the helicopter lands
    Then the pilot says "the helicopter is on the ground"
    When "Ana" boards weighing 75 kg
    And the helicopter takes off
    And the helicopter lands
    And "Ben" boards weighing 88 kg
    And the helicopter takes off
    And the helicopter lands
    Then the flights flown are 2
