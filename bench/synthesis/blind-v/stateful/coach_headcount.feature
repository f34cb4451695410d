Feature: Coach headcount
  The trip leader keeps a register of everyone on the coach. People may get off only while the
  coach is stopped, and the coach will not set off while anyone on the register is missing; the
  missing are read out in register order. The stops are counted.

  Scenario: a comfort stop
    Given the register reads "Kit, Raj, Lou"
    When the coach stops
    And "Kit" gets off
    And "Raj" gets off
    Then the people on board number 1
    When "Kit" gets back on
    And the coach sets off
    Then the leader says "still missing: Raj"
    When "Raj" gets back on
    And the coach sets off
    Then the people on board number 3
    And the stop count is 1

  Scenario: nobody off while moving
    Given the register reads "Ava, Ben"
    When "Ava" gets off
    Then the leader says "the coach is moving"
    When the coach stops
    And "Ava" gets off
    And "Ava" gets off
    Then the leader says "Ava is already off the coach"
    When "Ben" gets back on
    Then the leader says "Ben is already on the coach"
    When "Ava" gets back on
    And the coach sets off
    Then the stop count is 1

  Scenario: two stops and a slow return
    Given the register reads "Kim, Jay, Ola, Pat"
    When the coach stops
    And "Ola" gets off
    And "Kim" gets off
    And "Jay" gets off
    And the coach sets off
    Then the leader says "still missing: Kim, Jay, Ola"
    When "Ola" gets back on
    And "Kim" gets back on
    And the coach sets off
    Then the leader says "still missing: Jay"
    When "Jay" gets back on
    And the coach sets off
    And the coach stops
    And "Pat" gets off
    And "Pat" gets back on
    And the coach sets off
    Then the stop count is 2
    And the people on board number 4

  Scenario: someone who is not on the trip
    Given the register reads "Max, Tia"
    When the coach stops
    And "Ned" gets off
    Then the leader says "Ned is not on this trip"
    When "Ned" gets back on
    Then the leader says "Ned is not on this trip"
    When the coach sets off
    Then the people on board number 2
    And the stop count is 1
