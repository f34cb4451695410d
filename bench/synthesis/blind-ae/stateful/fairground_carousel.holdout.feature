Feature: Fairground carousel
  The carousel seats 24 riders. Riders climb on and get off only while it is stopped, and it
  only starts with somebody on board.

  Scenario: squeezing in the last two
    Given the carousel is stopped with 22 riders on board
    When 3 riders climb on
    Then the operator says "only room for 2 more riders"
    When 2 riders climb on
    And the ride starts
    Then the rider count is 24
    And the carousel is "running"

  Scenario: everybody gets off after a ride
    Given the carousel is stopped with 9 riders on board
    When the ride starts
    And the ride stops
    And 9 riders get off
    Then the rider count is 0
    When the ride starts
    Then the operator says "nobody is on board"

  Scenario: a small group
    Given the carousel is stopped with 5 riders on board
    When 6 riders get off
    Then the operator says "only 5 riders are on board"
    When 15 riders climb on
    Then the rider count is 20
