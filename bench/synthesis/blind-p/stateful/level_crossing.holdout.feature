Feature: Level crossing
  The barriers come down as soon as a train is detected and stay down until every train that
  was detected has passed. A train detected while the barriers are going up sends them back
  down.

  Scenario: three trains in a row
    Given the crossing is open
    When a train is detected
    And the barriers finish moving
    And a train is detected
    And a train is detected
    And a train passes
    And a train passes
    Then the crossing shows "closed"
    When a train passes
    And the barriers finish moving
    Then the crossing shows "open"

  Scenario: a late train after a double
    Given the crossing is open
    When a train is detected
    And a train is detected
    And the barriers finish moving
    And a train passes
    And a train passes
    Then the crossing shows "raising"
    When a train is detected
    And the barriers finish moving
    Then the crossing shows "closed"

  Scenario: two separate trains
    Given the crossing is open
    When a train is detected
    And the barriers finish moving
    And a train passes
    And a train is detected
    And the barriers finish moving
    And a train passes
    Then the crossing shows "raising"
    When the barriers finish moving
    Then the crossing shows "open"
