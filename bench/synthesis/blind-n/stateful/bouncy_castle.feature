Feature: Bouncy castle
  At most 6 children may bounce at a time.

  Scenario: filling up
    Given the castle is empty
    When 3 children climb on
    And a child climbs on
    Then 4 children are bouncing

  Scenario: one too many
    Given 5 children are bouncing
    When a child climbs on
    And a child climbs on
    Then the helper says "the castle is full"
    And 6 children are bouncing

  Scenario: a group that does not fit
    Given 4 children are bouncing
    When 3 children climb on
    Then the helper says "the castle is full"
    And 4 children are bouncing

  Scenario: getting off
    Given 6 children are bouncing
    When 2 children get off
    And a child gets off
    Then 3 children are bouncing

  Scenario: one left
    Given 2 children are bouncing
    When a child gets off
    Then 1 child is bouncing
