Feature: Fairground carousel
  The carousel seats 24 riders. Riders climb on and get off only while it is stopped, and it
  only starts with somebody on board.

  Scenario: filling up and starting
    Given the carousel is stopped with 0 riders on board
    When 10 riders climb on
    And 8 riders climb on
    Then the rider count is 18
    When the ride starts
    Then the carousel is "running"

  Scenario: the last seats
    Given the carousel is stopped with 20 riders on board
    When 6 riders climb on
    Then the operator says "only room for 4 more riders"
    And the rider count is 20
    When 4 riders climb on
    Then the rider count is 24

  Scenario: no climbing on a moving carousel
    Given the carousel is stopped with 12 riders on board
    When the ride starts
    And 3 riders climb on
    Then the operator says "wait for the ride to stop"
    When the ride stops
    And 5 riders get off
    Then the rider count is 7
    And the carousel is "stopped"

  Scenario: nobody on board
    Given the carousel is stopped with 0 riders on board
    When the ride starts
    Then the operator says "nobody is on board"
    When 2 riders climb on
    And the ride starts
    Then the carousel is "running"

  Scenario: more getting off than are on board
    Given the carousel is stopped with 3 riders on board
    When 4 riders get off
    Then the operator says "only 3 riders are on board"
    When 3 riders get off
    Then the rider count is 0
