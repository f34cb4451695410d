Feature: Alcohol interlock
  The car starts only after a breath test reading under 10. After a failed test the driver
  must wait 5 minutes before the next one, and a third failed test locks the car until it has
  been serviced.

  Scenario: just under the limit
    Given a car with the interlock ready
    When the driver blows a reading of 9
    Then the interlock shows "passed"
    When the driver starts the engine
    Then the engine is running: yes
    And the failed test count is 0

  Scenario: too early for a second test
    Given a car with the interlock ready
    When the driver blows a reading of 30
    And 4 minutes pass
    And the driver blows a reading of 2
    Then the interlock says "wait before the next test"
    When 2 minutes pass
    Then the interlock shows "ready"
    When the driver blows a reading of 20
    Then the interlock shows "waiting"
    And the failed test count is 2

  Scenario: locked on the third fail
    Given a car with the interlock ready
    When the driver blows a reading of 14
    And 10 minutes pass
    And the driver blows a reading of 18
    And 5 minutes pass
    And the driver starts the engine
    Then the interlock says "blow into the tube first"
    When the driver blows a reading of 40
    Then the interlock shows "locked"
    And the failed test count is 3
