Feature: Bikes on the train
  The train has 4 bike spaces. A tandem takes two of them.

  Scenario: a full carriage then one off
    Given the bike spaces are empty
    When 2 bikes get on
    And a tandem gets on
    And a bike gets on
    Then the guard says "the bike spaces are full"
    When a bike gets off
    Then the free space count is 1

  Scenario: a second tandem waits
    Given the bike spaces are empty
    When a tandem gets on
    And 3 bikes get on
    Then the guard says "not enough free spaces"
    When a bike gets on
    Then the free space count is 1
    When a tandem gets on
    Then the guard says "not enough free spaces"

  Scenario: one on, one off, one too many off
    Given the bike spaces are empty
    When a bike gets on
    And a bike gets off
    And a bike gets off
    Then the guard says "there is no bike on board"
    And the free space count is 4
