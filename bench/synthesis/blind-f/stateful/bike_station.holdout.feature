Feature: Bike sharing station
  A station has a number of docks. Renting takes a bike out and returning puts
  one back. Renting from a station without bikes is refused with "no bikes
  available"; returning to a station without a free dock is refused with "no
  free dock".

  Scenario: one dock left
    Given a station with 4 docks and 3 bikes
    When a bike is returned
    Then there are 0 free docks
    When a bike is returned
    Then the return is refused with "no free dock"
    When a bike is rented
    Then there are 3 bikes available
    And there are 1 free docks

  Scenario: a small empty station
    Given a station with 2 docks and 0 bikes
    When a bike is rented
    Then the rental is refused with "no bikes available"
    When a bike is returned
    And a bike is rented
    Then there are 0 bikes available
    And there are 2 free docks
