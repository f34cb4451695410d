Feature: Car share rides

  Scenario: two passengers join
    Given "Dana" offers a ride with 3 free seats
    When "Ali" joins the ride
    And "Bea" joins the ride
    Then the free seats are 1
    And the passengers are "Ali, Bea"

  Scenario: the car is full
    Given "Dana" offers a ride with 1 free seats
    When "Ali" joins the ride
    And "Bea" joins the ride
    Then the request is refused with "the ride is full"
    And the passengers are "Ali"

  Scenario: joining twice
    Given "Dana" offers a ride with 2 free seats
    When "Ali" joins the ride
    And "Ali" joins the ride
    Then the request is refused with "already on this ride"
    And the free seats are 1

  Scenario: a passenger drops out
    Given "Dana" offers a ride with 2 free seats
    When "Ali" joins the ride
    And "Bea" joins the ride
    And "Ali" leaves the ride
    Then the free seats are 1
    And the passengers are "Bea"
    When "Cal" joins the ride
    Then the passengers are "Bea, Cal"
    And the free seats are 0

  Scenario: leaving a ride you never joined
    Given "Dana" offers a ride with 2 free seats
    When "Bea" leaves the ride
    Then the request is refused with "not on this ride"
    And the free seats are 2
    And the passengers are "nobody"
