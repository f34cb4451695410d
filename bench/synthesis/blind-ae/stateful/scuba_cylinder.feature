Feature: Scuba cylinder
  A full cylinder holds 200 bar. Every dive must leave at least 50 bar in the cylinder as a
  reserve, and the dive shop only fills a cylinder that is not already full.

  Scenario: two dives from a full cylinder
    Given a cylinder at 200 bar
    When a dive uses 90 bar
    Then the cylinder reads 110 bar
    When a dive uses 60 bar
    Then the cylinder reads 50 bar
    And the dive count is 2

  Scenario: keeping the reserve
    Given a cylinder at 120 bar
    When a dive uses 80 bar
    Then the dive shop says "that would leave only 40 bar"
    And the cylinder reads 120 bar
    When a dive uses 70 bar
    Then the cylinder reads 50 bar

  Scenario: filling up
    Given a cylinder at 200 bar
    When the cylinder is filled
    Then the dive shop says "the cylinder is already full"
    When a dive uses 100 bar
    And the cylinder is filled
    Then the cylinder reads 200 bar
    And the dive count is 1

  Scenario: a nearly empty cylinder
    Given a cylinder at 60 bar
    When a dive uses 20 bar
    Then the dive shop says "that would leave only 40 bar"
    When the cylinder is filled
    And a dive uses 150 bar
    Then the cylinder reads 50 bar
