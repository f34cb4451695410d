Feature: Bouncy castle
  At most 6 children may bounce at a time.

  Scenario: exactly full
    Given the castle is empty
    When 4 children climb on
    And 2 children climb on
    Then 6 children are bouncing

  Scenario: waiting for room
    Given 3 children are bouncing
    When 4 children climb on
    Then the helper says "the castle is full"
    When 2 children get off
    And 4 children climb on
    Then 5 children are bouncing

  Scenario: swapping
    Given 2 children are bouncing
    When a child gets off
    And a child climbs on
    And a child climbs on
    Then 3 children are bouncing
