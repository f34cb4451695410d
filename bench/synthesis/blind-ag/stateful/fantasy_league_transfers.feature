Feature: Fantasy league transfers
  Each new gameweek brings one free transfer. Free transfers that are not used carry over,
  up to 2 at most. Every transfer beyond the free ones costs 4 points, and the points
  deducted add up over the season. Once the deadline passes, no transfers can be made
  until the gameweek ends.

  Scenario: using a free transfer and paying for more
    Given the manager's free transfers stand at 1
    When the manager makes a transfer
    Then the free transfers are 0
    And the points deducted are 0
    When the manager makes 2 transfers
    Then the points deducted are 8

  Scenario: saving transfers up
    Given the manager's free transfers stand at 1
    When the gameweek ends
    Then the free transfers are 2
    When the gameweek ends
    Then the free transfers are 2
    When the manager makes 3 transfers
    Then the points deducted are 4
    And the free transfers are 0

  Scenario: the deadline
    Given the manager's free transfers stand at 2
    When the deadline passes
    And the manager makes a transfer
    Then the manager is told "the deadline has passed"
    And the free transfers are 2
    When the gameweek ends
    And the manager makes a transfer
    Then the free transfers are 1
    And the points deducted are 0

  Scenario: a costly week
    Given the manager's free transfers stand at 1
    When the manager makes 2 transfers
    Then the points deducted are 4
    When the gameweek ends
    Then the free transfers are 1
    When the deadline passes
    And the manager makes 3 transfers
    Then the manager is told "the deadline has passed"
    And the points deducted are 4
