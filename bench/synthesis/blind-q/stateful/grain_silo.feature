Feature: Grain silo
  The silo holds at most 80 tonnes. A delivery that would overfill it is turned away whole,
  and so is a load that asks for more grain than the silo holds.

  Scenario: filling up
    Given the silo holds 20 tonnes of wheat
    When a lorry delivers 28 tonnes
    And a lorry delivers 25 tonnes
    Then the gauge reads 73 tonnes
    When a lorry delivers 10 tonnes
    Then the driver is told "only room for 7 tonnes"
    When a lorry delivers 7 tonnes
    Then the gauge reads 80 tonnes

  Scenario: taking grain out
    Given the silo holds 50 tonnes of wheat
    When a trailer takes away 14 tonnes
    And a trailer takes away 30 tonnes
    Then the gauge reads 6 tonnes
    When a trailer takes away 12 tonnes
    Then the driver is told "only 6 tonnes in the silo"
    When a trailer takes away 6 tonnes
    Then the gauge reads 0 tonnes
    When a trailer takes away 3 tonnes
    Then the driver is told "the silo is empty"

  Scenario: a full silo
    Given the silo holds 80 tonnes of wheat
    When a lorry delivers 2 tonnes
    Then the driver is told "the silo is full"
    When a trailer takes away 15 tonnes
    And a lorry delivers 9 tonnes
    Then the gauge reads 74 tonnes

  Scenario: an empty silo
    Given the silo holds 0 tonnes of wheat
    When a trailer takes away 10 tonnes
    Then the driver is told "the silo is empty"
    When a lorry delivers 26 tonnes
    And a lorry delivers 60 tonnes
    Then the driver is told "only room for 54 tonnes"
    When a trailer takes away 26 tonnes
    Then the gauge reads 0 tonnes
