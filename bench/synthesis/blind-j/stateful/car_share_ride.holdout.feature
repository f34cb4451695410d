Feature: Car share rides

  Scenario: a seat is freed and taken again
    Given "Omar" offers a ride with 4 free seats
    When "Pia" joins the ride
    And "Quin" joins the ride
    And "Rui" joins the ride
    And "Quin" leaves the ride
    And "Sol" joins the ride
    Then the passengers are "Pia, Rui, Sol"
    And the free seats are 1

  Scenario: one seat, two people
    Given "Tess" offers a ride with 1 free seats
    When "Uma" joins the ride
    And "Uma" leaves the ride
    And "Vic" joins the ride
    And "Uma" joins the ride
    Then the request is refused with "the ride is full"
    And the passengers are "Vic"

  Scenario: a confused passenger
    Given "Xena" offers a ride with 3 free seats
    When "Wen" leaves the ride
    Then the request is refused with "not on this ride"
    When "Wen" joins the ride
    And "Wen" joins the ride
    Then the request is refused with "already on this ride"
    And the free seats are 2
