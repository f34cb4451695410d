Feature: Helicopter pleasure flights
  Each flight takes up to 3 passengers who together weigh no more than 280 kg; passengers are
  weighed as they board. Nobody gets on or off in the air, a flight needs someone on board to take
  off, and everyone gets off when it lands.

  Scenario: right up to the limit
    Given the helicopter is waiting on the pad
    When "Ana" boards weighing 140 kg
    And "Ben" boards weighing 100 kg
    And "Cal" boards weighing 41 kg
    Then the pilot says "only 40 kg of load left"
    When "Dee" boards weighing 40 kg
    And the helicopter takes off
    Then the passengers on board are 3
    And the load on board is 280 kg

  Scenario: getting off before take-off
    Given the helicopter is waiting on the pad
    When "Ana" boards weighing 70 kg
    And "Ben" boards weighing 65 kg
    And "Ana" gets off
    And the helicopter takes off
    Then the passengers on board are 1
    And the load on board is 65 kg
    When "Cal" boards weighing 50 kg
    Then the pilot says "the helicopter is in the air"
    When the helicopter lands
    Then the flights flown are 1

  Scenario: full before it is heavy
    Given the helicopter is waiting on the pad
    When the helicopter lands
    Then the pilot says "the helicopter is on the ground"
    When the helicopter takes off
    Then the pilot says "nobody is on board"
    When "Ana" boards weighing 90 kg
    And "Ben" boards weighing 90 kg
    And "Cal" boards weighing 90 kg
    And "Dee" boards weighing 10 kg
    Then the pilot says "the flight is full"
    When the helicopter takes off
    And the helicopter lands
    Then the flights flown are 1
    And the passengers on board are 0
