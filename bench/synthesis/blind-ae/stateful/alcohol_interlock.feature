Feature: Alcohol interlock
  The car starts only after a breath test reading under 10. After a failed test the driver
  must wait 5 minutes before the next one, and a third failed test locks the car until it has
  been serviced.

  Scenario: a clean test
    Given a car with the interlock ready
    When the driver blows a reading of 4
    Then the interlock shows "passed"
    When the driver starts the engine
    Then the engine is running: yes

  Scenario: waiting after a fail
    Given a car with the interlock ready
    When the driver blows a reading of 12
    Then the interlock shows "waiting"
    When the driver blows a reading of 3
    Then the interlock says "wait before the next test"
    When 5 minutes pass
    And the driver blows a reading of 3
    Then the interlock shows "passed"
    And the failed test count is 1

  Scenario: no test yet
    Given a car with the interlock ready
    When the driver starts the engine
    Then the interlock says "blow into the tube first"
    When the driver blows a reading of 10
    And 2 minutes pass
    And 3 minutes pass
    Then the interlock shows "ready"
    And the failed test count is 1
    And the engine is running: no

  Scenario: three fails
    Given a car with the interlock ready
    When the driver blows a reading of 25
    And 6 minutes pass
    And the driver blows a reading of 15
    And 5 minutes pass
    And the driver blows a reading of 11
    Then the interlock shows "locked"
    When the driver blows a reading of 0
    Then the interlock says "the car must be serviced"
    When the driver starts the engine
    Then the interlock says "the car must be serviced"
    And the failed test count is 3
