Feature: E-scooter ride

  Scenario: a short ride
    Given an e-scooter is unlocked
    When the rider rides for 10 minutes
    And the ride is ended
    Then the ride costs 3.00
    And the scooter is "parked"

  Scenario: unlocked and left straight away
    Given an e-scooter is unlocked
    When the ride is ended
    Then the ride costs 1.00

  Scenario: a stop at the shop
    Given an e-scooter is unlocked
    When the rider rides for 5 minutes
    And the rider pauses for 10 minutes
    And the rider rides for 5 minutes
    Then the scooter is "riding"
    When the ride is ended
    Then the ride costs 3.50

  Scenario: the cost while paused
    Given an e-scooter is unlocked
    When the rider rides for 7 minutes
    And the rider pauses for 4 minutes
    Then the scooter is "paused"
    And the ride costs 2.60
    When the ride is ended
    Then the ride costs 2.60
    And the scooter is "parked"

  Scenario: riding on after the end
    Given an e-scooter is unlocked
    When the rider rides for 3 minutes
    And the ride is ended
    And the rider rides for 2 minutes
    Then the action is refused with "the ride has ended"
    And the ride costs 1.60
