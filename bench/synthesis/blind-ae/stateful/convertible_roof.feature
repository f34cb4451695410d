Feature: Convertible roof
  The roof opens and closes only below 30 km/h and only with the boot shut, because the roof
  folds away into the boot.

  Scenario: opening the roof on the move
    Given a parked car with the roof closed
    When the speed changes to 50 km/h
    And the roof is opened
    Then the dashboard says "slow down below 30 km/h first"
    When the speed changes to 20 km/h
    And the roof is opened
    Then the roof is "open"

  Scenario: too fast to close
    Given a parked car with the roof open
    When the speed changes to 40 km/h
    And the roof is closed
    Then the dashboard says "slow down below 30 km/h first"
    When the speed changes to 29 km/h
    And the roof is closed
    Then the roof is "closed"

  Scenario: the boot is open
    Given a parked car with the roof closed
    When the boot is opened
    And the roof is opened
    Then the dashboard says "shut the boot first"
    When the boot is shut
    And the roof is opened
    Then the roof is "open"
    And the boot is "shut"

  Scenario: one thing after another
    Given a parked car with the roof open
    When the speed changes to 30 km/h
    And the roof is closed
    Then the dashboard says "slow down below 30 km/h first"
    When the speed changes to 10 km/h
    And the boot is opened
    And the roof is closed
    Then the dashboard says "shut the boot first"
    And the roof is "open"
    And the boot is "open"
