Feature: Bike sharing station
  A station has a number of docks. Renting takes a bike out and returning puts
  one back. Renting from a station without bikes is refused with "no bikes
  available"; returning to a station without a free dock is refused with "no
  free dock".

  Scenario: renting two bikes
    Given a station with 10 docks and 4 bikes
    When a bike is rented
    And a bike is rented
    Then there are 2 bikes available
    And there are 8 free docks

  Scenario: a full station
    Given a station with 5 docks and 5 bikes
    When a bike is returned
    Then the return is refused with "no free dock"
    And there are 5 bikes available
    And there are 0 free docks

  Scenario: the last bike
    Given a station with 3 docks and 1 bikes
    When a bike is rented
    Then there are 0 bikes available
    When a bike is rented
    Then the rental is refused with "no bikes available"
    When a bike is returned
    Then there are 1 bikes available

  Scenario: an empty station fills up
    Given a station with 6 docks and 0 bikes
    When a bike is returned
    And a bike is returned
    And a bike is returned
    Then there are 3 bikes available
    And there are 3 free docks
