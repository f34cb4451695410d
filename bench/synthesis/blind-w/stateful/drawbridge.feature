Feature: Drawbridge
  The traffic lights must be red before the bridge goes up, and they can only turn green
  again once the bridge is down. Boats can pass only under a raised bridge.

  Scenario: letting boats through
    Given the bridge is down with the traffic flowing
    When the lights are set to red
    And the bridge is raised
    And a boat passes through
    And a boat passes through
    Then the bridge is "up"
    And the boat count is 2

  Scenario: forgetting the lights
    Given the bridge is down with the traffic flowing
    When the bridge is raised
    Then the keeper is told "stop the traffic first"
    When a boat passes through
    Then the keeper is told "the bridge is down"
    And the boat count is 0

  Scenario: opening the road again
    Given the bridge is up for boats
    When a boat passes through
    And the lights are set to green
    Then the keeper is told "lower the bridge first"
    When the bridge is lowered
    And the lights are set to green
    Then the bridge is "down"
    And the lights are "green"
    And the boat count is 1

  Scenario: pressing the same lever twice
    Given the bridge is up for boats
    When the bridge is raised
    Then the keeper is told "the bridge is already up"
    When the bridge is lowered
    And the bridge is lowered
    Then the keeper is told "the bridge is already down"
    And the lights are "red"
