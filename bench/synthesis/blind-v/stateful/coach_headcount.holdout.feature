Feature: Coach headcount
  The trip leader keeps a register of everyone on the coach. People may get off only while the
  coach is stopped, and the coach will not set off while anyone on the register is missing; the
  missing are read out in register order. The stops are counted.

  Scenario: two stops and one still at the second
    Given the register reads "Ben, Kim, Ola"
    When the coach stops
    And "Ola" gets off
    And "Ben" gets off
    And the coach sets off
    Then the leader says "still missing: Ben, Ola"
    When "Ben" gets back on
    And "Ola" gets back on
    And the coach sets off
    And the coach stops
    And "Kim" gets off
    Then the people on board number 2
    And the stop count is 2

  Scenario: a pair with a stranger at the stop
    Given the register reads "Raj, Lou"
    When "Lou" gets off
    Then the leader says "the coach is moving"
    When the coach stops
    And "Lou" gets off
    And "Lou" gets back on
    And "Lou" gets back on
    Then the leader says "Lou is already on the coach"
    When "Pat" gets off
    Then the leader says "Pat is not on this trip"
    When the coach sets off
    Then the people on board number 2

  Scenario: a big group at the services
    Given the register reads "Jay, Tia, Max, Ava, Kit"
    When the coach stops
    And "Kit" gets off
    And "Max" gets off
    And "Tia" gets off
    And "Max" gets back on
    And the coach sets off
    Then the leader says "still missing: Tia, Kit"
    When "Kit" gets off
    Then the leader says "Kit is already off the coach"
    When "Tia" gets back on
    And "Kit" gets back on
    And the coach sets off
    Then the people on board number 5
    And the stop count is 1
