Feature: Scuba cylinder
  A full cylinder holds 200 bar. Every dive must leave at least 50 bar in the cylinder as a
  reserve, and the dive shop only fills a cylinder that is not already full.

  Scenario: a second dive that is too long
    Given a cylinder at 180 bar
    When a dive uses 100 bar
    And a dive uses 40 bar
    Then the dive shop says "that would leave only 40 bar"
    And the cylinder reads 80 bar
    And the dive count is 1

  Scenario: topping up twice
    Given a cylinder at 75 bar
    When the cylinder is filled
    And a dive uses 120 bar
    And the cylinder is filled
    Then the cylinder reads 200 bar
    And the dive count is 1

  Scenario: filling a full cylinder again
    Given a cylinder at 200 bar
    When a dive uses 150 bar
    Then the cylinder reads 50 bar
    When the cylinder is filled
    And the cylinder is filled
    Then the dive shop says "the cylinder is already full"
