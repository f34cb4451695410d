Feature: E-scooter ride

  Scenario: a commute with a coffee stop
    Given an e-scooter is unlocked
    When the rider rides for 25 minutes
    And the rider pauses for 6 minutes
    And the rider rides for 12 minutes
    Then the scooter is "riding"
    When the ride is ended
    Then the ride costs 8.70

  Scenario: a slow start
    Given an e-scooter is unlocked
    When the rider pauses for 3 minutes
    And the rider rides for 1 minutes
    And the ride is ended
    Then the ride costs 1.35
    When the rider rides for 5 minutes
    Then the action is refused with "the ride has ended"
    And the scooter is "parked"

  Scenario: across town
    Given an e-scooter is unlocked
    When the rider rides for 45 minutes
    And the ride is ended
    Then the ride costs 10.00
