Feature: Bikes on the train
  The train has 4 bike spaces. A tandem takes two of them.

  Scenario: a few bikes get on
    Given the bike spaces are empty
    When a bike gets on
    And 2 bikes get on
    Then the free space count is 1

  Scenario: no room for a tandem
    Given the bike spaces are empty
    When 3 bikes get on
    And a tandem gets on
    Then the guard says "not enough free spaces"
    And the free space count is 1
    When a bike gets on
    And a bike gets on
    Then the guard says "the bike spaces are full"
    And the free space count is 0

  Scenario: a tandem and two bikes
    Given the bike spaces are empty
    When a tandem gets on
    And 2 bikes get on
    Then the free space count is 0
    When a bike gets off
    Then the free space count is 1
    When 2 bikes get on
    Then the guard says "not enough free spaces"

  Scenario: getting off
    Given the bike spaces are empty
    When a bike gets off
    Then the guard says "there is no bike on board"
    When a tandem gets on
    Then the free space count is 2
    When a tandem gets off
    Then the free space count is 4

  Scenario: room made at a station
    Given the bike spaces are empty
    When 4 bikes get on
    And a tandem gets on
    Then the guard says "the bike spaces are full"
    When a bike gets off
    And a bike gets off
    And a tandem gets on
    Then the free space count is 0
