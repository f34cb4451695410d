Feature: Drawbridge
  The traffic lights must be red before the bridge goes up, and they can only turn green
  again once the bridge is down. Boats can pass only under a raised bridge.

  Scenario: a late boat
    Given the bridge is down with the traffic flowing
    When the lights are set to red
    And the bridge is raised
    And a boat passes through
    And a boat passes through
    And a boat passes through
    And the bridge is lowered
    And a boat passes through
    Then the keeper is told "the bridge is down"
    And the boat count is 3

  Scenario: green too early
    Given the bridge is up for boats
    When the lights are set to green
    Then the keeper is told "lower the bridge first"
    When the bridge is raised
    Then the keeper is told "the bridge is already up"
    And the lights are "red"

  Scenario: a second opening
    Given the bridge is down with the traffic flowing
    When the lights are set to red
    And the bridge is lowered
    Then the keeper is told "the bridge is already down"
    When the bridge is raised
    And a boat passes through
    And the bridge is lowered
    And the lights are set to green
    And the bridge is raised
    Then the keeper is told "stop the traffic first"
    And the boat count is 1
