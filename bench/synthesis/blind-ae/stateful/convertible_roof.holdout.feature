Feature: Convertible roof
  The roof opens and closes only below 30 km/h and only with the boot shut, because the roof
  folds away into the boot.

  Scenario: closing at low speed
    Given a parked car with the roof open
    When the boot is opened
    And the boot is shut
    And the speed changes to 25 km/h
    And the roof is closed
    Then the roof is "closed"
    And the boot is "shut"

  Scenario: stopping to open the roof
    Given a parked car with the roof closed
    When the speed changes to 60 km/h
    And the roof is opened
    Then the dashboard says "slow down below 30 km/h first"
    When the speed changes to 0 km/h
    And the roof is opened
    Then the roof is "open"

  Scenario: the boot and then the speed
    Given a parked car with the roof open
    When the boot is opened
    And the roof is closed
    Then the dashboard says "shut the boot first"
    When the speed changes to 35 km/h
    And the boot is shut
    And the roof is closed
    Then the dashboard says "slow down below 30 km/h first"
    And the roof is "open"
