Feature: Grain silo
  The silo holds at most 80 tonnes. A delivery that would overfill it is turned away whole,
  and so is a load that asks for more grain than the silo holds.

  Scenario: a busy morning
    Given the silo holds 35 tonnes of wheat
    When a lorry delivers 40 tonnes
    And a lorry delivers 8 tonnes
    Then the driver is told "only room for 5 tonnes"
    When a trailer takes away 22 tonnes
    Then the gauge reads 53 tonnes

  Scenario: scraping the bottom
    Given the silo holds 12 tonnes of wheat
    When a trailer takes away 20 tonnes
    Then the driver is told "only 12 tonnes in the silo"
    When a trailer takes away 12 tonnes
    And a trailer takes away 4 tonnes
    Then the driver is told "the silo is empty"

  Scenario: topping up to the brim
    Given the silo holds 64 tonnes of wheat
    When a lorry delivers 16 tonnes
    Then the gauge reads 80 tonnes
    When a lorry delivers 5 tonnes
    Then the driver is told "the silo is full"
    When a trailer takes away 78 tonnes
    Then the gauge reads 2 tonnes
